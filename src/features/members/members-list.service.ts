import { isId } from "../../domain/ids";
import { CURRENT_STATUSES } from "../../domain/members";
// Lists, search and export: a unit's subtree within the actor's scope, filters from allow-lists,
// Vietnamese order with a (sort_key, id) cursor. A page is one batch (one D1 round trip).
import { type SQL, asc, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { withTheirUnits } from "../../platform/member-units";
import { invalid, notFound } from "../../platform/errors";
import { actorScope, inTenant, onPath, scoped, scopedByKey } from "../../platform/scope";
import { requireRole } from "../../platform/tenant-context";
import { searchKey } from "../../platform/text";
import type { ListMembersQuery } from "./members.inputs";
import type { MemberListOut, MemberOut } from "./members.outputs";
import { memberScope, toMemberOut } from "./members.service";

export type MemberFilter = Omit<ListMembersQuery, "cursor" | "limit">;

/** Sort keys and ids are ASCII, so the cursor is plain base64url of [sortKey, id]. */
export function encodeCursor(sortKey: string, id: string): string {
  return btoa(JSON.stringify([sortKey, id]))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** `[sortKey, id]`, or `[updatedAt, id]` when the list is by `updatedSince`. */
function decodeCursor(cursor: string, bySince: boolean): [string, string] {
  try {
    const v: unknown = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")));
    const key = Array.isArray(v) ? v[0] : undefined;
    if (Array.isArray(v) && v.length === 2 && typeof key === "string" && isId(String(v[1])))
      if (!bySince || /^\d{1,15}$/.test(key)) return v as [string, string];
  } catch {
    // falls through to the validation error
  }
  throw invalid({ cursor: "Con trỏ phân trang không hợp lệ." });
}

/** The root unit of a listing: the given unit, else the tenant root (admin) or the secretary's unit. */
function rootIdSql(ctx: Ctx, unitId: string | undefined): SQL {
  if (unitId) return sql`${unitId}`;
  if (ctx.actor.role === "admin")
    return sql`(SELECT r0.id FROM units r0 WHERE ${inTenant(ctx, sql`r0.tenant_id`)} AND r0.depth = 0 LIMIT 1)`;
  return sql`${ctx.actor.unitId ?? ""}`;
}

/** Search words, each matched (without accents, in any case) in the name or the card number. */
export function searchWords(q: string | undefined): string[] {
  // Invisible format characters (RTL overrides, zero-width joiners) are not part of any name.
  return q
    ? searchKey(q.replace(/\p{Cf}/gu, ""))
        .split(" ")
        .filter(Boolean)
        .slice(0, 8)
    : [];
}

function filterConds(ctx: Ctx, f: MemberFilter): (SQL | undefined)[] {
  const conds: (SQL | undefined)[] = [memberScope(ctx)];
  if (f.unitId || ctx.actor.role !== "admin") {
    conds.push(sql`${members.unitId} IN (SELECT u.id FROM units r JOIN units u ON u.tenant_id = r.tenant_id
      AND u.path >= r.path AND u.path < substr(r.path, 1, length(r.path) - 1) || '0'
      WHERE ${inTenant(ctx, sql`r.tenant_id`)} AND r.id = ${rootIdSql(ctx, f.unitId)})`);
  }
  const status = f.status ?? "current";
  if (status === "current")
    conds.push(
      sql`${members.status} IN (${sql.join(
        CURRENT_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  else if (status !== "all") conds.push(eq(members.status, status));
  if (f.updatedSince !== undefined) conds.push(sql`${members.updatedAt} >= ${f.updatedSince}`);
  if (f.group) conds.push(eq(members.memberGroup, f.group));
  if (f.position)
    conds.push(sql`(EXISTS (SELECT 1 FROM json_each(${members.partyPositions}) WHERE value = ${f.position})
      OR EXISTS (SELECT 1 FROM json_each(${members.govPositions}) WHERE value = ${f.position}))`);
  for (const w of searchWords(f.q))
    conds.push(sql`(instr(${members.searchKey}, ${w}) > 0 OR instr(lower(${members.cardNumber}), ${w}) > 0)`);
  return conds;
}

/** Vietnamese name order, or (updatedAt, id) for an incremental sync (`updatedSince`). */
function pageQuery(ctx: Ctx, f: MemberFilter, after: [string, string] | null, limit: number) {
  const bySince = f.updatedSince !== undefined;
  const key = bySince ? members.updatedAt : members.sortKey;
  const from = after && (bySince ? Number(after[0]) : after[0]);
  return withTheirUnits(
    ctx.db.select({ m: members, unitName: units.name, unitCode: units.code }).from(members),
    ctx,
    ...filterConds(ctx, f),
    after ? sql`(${key}, ${members.id}) > (${from}, ${after[1]})` : undefined,
  )
    .orderBy(asc(key), asc(members.id))
    .limit(limit);
}

/**
 * A search matches by substring, which no index serves: counting every match of a common word
 * would read the whole province. With search text the count stops after SEARCH_COUNT_CAP + 1
 * matches (the page itself stops after its first rows in name order).
 */
export const SEARCH_COUNT_CAP = 1000;

function countQuery(ctx: Ctx, f: MemberFilter, cap = SEARCH_COUNT_CAP) {
  const where = scoped(ctx, members.tenantId, ...filterConds(ctx, f));
  if (!searchWords(f.q).length) return ctx.db.select({ n: sql<number>`count(*)` }).from(members).where(where);
  const first = ctx.db
    .select({ one: sql<number>`1`.as("one") })
    .from(members)
    .where(where)
    .limit(cap + 1)
    .as("first");
  return ctx.db.select({ n: sql<number>`count(*)` }).from(first);
}

function rootUnitQuery(ctx: Ctx, unitId: string | undefined) {
  return ctx.db
    .select()
    .from(units)
    .where(scoped(ctx, units.tenantId, eq(units.id, rootIdSql(ctx, unitId)), actorScope(ctx, units.path)))
    .limit(1);
}

type PageRow = { m: typeof members.$inferSelect; unitName: string; unitCode: string };

function toList(rows: PageRow[], count: { n: number }[], limit: number, q: ListMembersQuery): MemberListOut {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const searched = searchWords(q.q).length > 0;
  const key = (m: PageRow["m"]) => (q.updatedSince === undefined ? m.sortKey : String(m.updatedAt));
  return {
    items: page.map((r) => toMemberOut(r.m, r.unitName)),
    total: count[0]?.n ?? 0,
    // Only a search's count is capped (countQuery): it stops at SEARCH_COUNT_CAP + 1.
    totalIsLowerBound: searched && (count[0]?.n ?? 0) > SEARCH_COUNT_CAP,
    nextCursor: rows.length > limit && last ? encodeCursor(key(last.m), last.m.id) : null,
  };
}

/** One page of members with the total; 404 when `unitId` is outside the actor's scope. */
export async function listMembers(ctx: Ctx, q: ListMembersQuery): Promise<MemberListOut> {
  requireRole(ctx, "admin", "secretary");
  const limit = q.limit ?? 50;
  const after = q.cursor ? decodeCursor(q.cursor, q.updatedSince !== undefined) : null;
  const [root, rows, count] = await ctx.db.batch([
    rootUnitQuery(ctx, q.unitId),
    pageQuery(ctx, q, after, limit + 1),
    countQuery(ctx, q),
  ]);
  if (q.unitId && !root[0]) throw notFound("Không tìm thấy đơn vị.");
  return toList(rows, count, limit, q);
}

export interface MemberListPage {
  unit: typeof units.$inferSelect;
  trail: { id: string; name: string }[];
  children: { id: string; name: string; kind: string; status: string }[];
  list: MemberListOut;
}

/** What the list page shows (unit, its trail and children, a page of members): one round trip. */
export async function getMemberListPage(ctx: Ctx, q: ListMembersQuery): Promise<MemberListPage> {
  requireRole(ctx, "admin", "secretary");
  const limit = q.limit ?? 50;
  const after = q.cursor ? decodeCursor(q.cursor, q.updatedSince !== undefined) : null;
  const rootId = rootIdSql(ctx, q.unitId);
  const pathOf = sql`(SELECT p0.path FROM units p0 WHERE ${inTenant(ctx, sql`p0.tenant_id`)} AND p0.id = ${rootId})`;
  const [root, trail, children, rows, count] = await ctx.db.batch([
    rootUnitQuery(ctx, q.unitId),
    ctx.db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(scopedByKey(ctx, units.tenantId, onPath(units.id, pathOf), actorScope(ctx, units.path)))
      .orderBy(asc(units.depth)),
    ctx.db
      .select({ id: units.id, name: units.name, kind: units.kind, status: units.status })
      .from(units)
      .where(scoped(ctx, units.tenantId, eq(units.parentId, rootId), actorScope(ctx, units.path)))
      .orderBy(asc(units.status), asc(units.code)),
    pageQuery(ctx, q, after, limit + 1),
    countQuery(ctx, q),
  ]);
  const unit = root[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  return {
    unit,
    trail: trail.filter((t) => t.id !== unit.id),
    children,
    list: toList(rows, count, limit, q),
  };
}

export const EXPORT_PAGE = 2000;

/** Every member of the filtered list, page by page (keyset), for the CSV / XLSX export. */
export async function* exportMembers(
  ctx: Ctx,
  f: MemberFilter,
): AsyncGenerator<(MemberOut & { unitCode: string })[]> {
  requireRole(ctx, "admin", "secretary");
  if (f.unitId && !(await rootUnitQuery(ctx, f.unitId))[0]) throw notFound("Không tìm thấy đơn vị.");
  let after: [string, string] | null = null;
  for (;;) {
    const rows: PageRow[] = await pageQuery(ctx, f, after, EXPORT_PAGE);
    if (rows.length) yield rows.map((r) => ({ ...toMemberOut(r.m, r.unitName), unitCode: r.unitCode }));
    if (rows.length < EXPORT_PAGE) return;
    const last = rows[rows.length - 1]!;
    after = [last.m.sortKey, last.m.id];
  }
}

/**
 * Count of the filtered list, exact up to `cap` (to refuse an XLSX export that would be too large),
 * and the name of the unit it lists (for the file's title).
 */
export async function countMembers(
  ctx: Ctx,
  f: MemberFilter,
  cap: number,
): Promise<{ n: number; unitName: string }> {
  requireRole(ctx, "admin", "secretary");
  const [count, root] = await ctx.db.batch([countQuery(ctx, f, cap), rootUnitQuery(ctx, f.unitId)]);
  if (f.unitId && !root[0]) throw notFound("Không tìm thấy đơn vị.");
  return { n: count[0]?.n ?? 0, unitName: root[0]?.name ?? ctx.tenant.name };
}
