import type { Ctx } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { requireRole } from "../../platform/tenant-context";
import { FIGURE_BY_KEY } from "./reports-catalogue.rules";
import type { FigureDef } from "./reports-figures.rules";
import type { Focus } from "./reports.inputs";
import type { PersonOut, UnitRef } from "./reports.outputs";
import { peopleQuery } from "./reports-people.queries";
import { unitQuery } from "./reports.queries";

export const PAGE_SIZE = 50;
/** Exports list at most this many people (a province exports per district). */
export const EXPORT_LIMIT = 50_000;

export interface PeopleRequest {
  unitId: string;
  year: number;
  figure: string;
  group: Focus;
  cursor?: string | undefined;
  /** Rows of a page (default PAGE_SIZE). */
  limit?: number | undefined;
}

export interface PeoplePage {
  unit: UnitRef;
  year: number;
  figure: FigureDef;
  group: Focus;
  items: PersonOut[];
  nextCursor: string | null;
}

type Key = [string, string, string];

function encodeCursor(k: Key): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(k))))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

function decodeCursor(s: string): Key {
  try {
    const bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
    const k = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    if (Array.isArray(k) && k.length === 3 && k.every((x) => typeof x === "string")) return k as Key;
  } catch {}
  throw invalid({ cursor: "Con trỏ trang không hợp lệ." });
}

async function run(ctx: Ctx, r: PeopleRequest, limit: number): Promise<PeoplePage> {
  requireRole(ctx, "admin", "secretary");
  const def = FIGURE_BY_KEY.get(r.figure);
  if (!def?.people) throw invalid({ figure: "Chỉ tiêu này không có danh sách người." });
  const [unitRows, rows] = await ctx.db.batch([
    unitQuery(ctx, r.unitId),
    peopleQuery(ctx, r, def, r.cursor ? decodeCursor(r.cursor) : null, limit + 1),
  ]);
  const unit = unitRows[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    unit,
    year: r.year,
    figure: def,
    group: r.group,
    items: page.map(({ sortKey: _s, rowKey: _r, ...p }) => p),
    nextCursor: more && last ? encodeCursor([last.group, last.sortKey, last.rowKey]) : null,
  };
}

/** One page of the people behind a figure (50, leaders first). */
export function listPeople(ctx: Ctx, r: PeopleRequest): Promise<PeoplePage> {
  return run(ctx, r, r.limit ?? PAGE_SIZE);
}

/** Everyone behind a figure, for an export (capped at EXPORT_LIMIT). */
export function listAllPeople(ctx: Ctx, r: Omit<PeopleRequest, "cursor">): Promise<PeoplePage> {
  return run(ctx, { ...r, cursor: undefined }, EXPORT_LIMIT);
}
