// The roster importer: the template's columns, a row → a member row keyed by card number, and
// each chunk upserted in bulk (see members-bulk.queries.ts). The pipeline (src/platform/imports)
// runs it: parse inline for small files, on the queue otherwise; commit chunk by chunk.
import { inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import { vnToday } from "../../domain/time";
import { batchStatement } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict } from "../../platform/errors";
import { createImport as createImportJob } from "../../platform/imports/jobs";
import type { ImportDeps, ImportJobRow, ImportSpec } from "../../platform/imports/spec";
import { readChunk } from "../../platform/imports/store";
import { inTenant, scoped } from "../../platform/scope";
import { type BulkColumn, type BulkRow, bulkUpsertStatements, countExisting } from "./members-bulk.queries";
import { capMessage } from "./members-edit.service";
import { UnitIndex, bulkRowValues, parseRow, templateValues } from "./members-import.rules";
import {
  type FieldKey,
  type HeaderMap,
  TEMPLATE_COLUMNS,
  headerProblems,
  mapHeader,
} from "./members-roster.rules";
import { CARD_RE } from "./members.inputs";
import { groupRulesQuery, rulesFrom } from "./members.service";
import { countQuery } from "../../platform/lookups";

/**
 * A roster file of at most 20 MB (about 130.000 CSV rows; far more as XLSX): a larger one is refused
 * at once. Every file is parsed on the queue; commits of up to `commitChunks` chunks run inside the
 * commit request, longer ones on the queue.
 */
export const IMPORT_LIMITS = {
  commitChunks: 2,
  chunkRows: 5000,
  maxBytes: 20 * 1024 * 1024,
};

interface Prep {
  units: UnitIndex;
  codes: Map<string, string>;
  today: string;
}

const BULK_COLUMNS: Partial<Record<FieldKey, BulkColumn>> = {
  birthDate: "birthDate",
  gender: "gender",
  joinDate: "joinDate",
  officialDate: "officialDate",
  status: "status",
  party: "party",
  gov: "gov",
};

/** New cards in the file must fit under the cap; exact only when the quick bound does not decide. */
async function checkCap(ctx: Ctx, deps: ImportDeps, job: ImportJobRow, existing: number): Promise<void> {
  const cap = ctx.tenant.memberCap;
  if (cap === null || existing + job.rowsValid <= cap) return;
  if (job.rowsValid > cap) throw conflict(capMessage(cap));
  let fresh = 0;
  for (let i = 0; i < job.chunksTotal; i++) {
    const cards = (
      (await readChunk(membersImport, deps, ctx.tenant.id, job.id, i)) as unknown as BulkRow[]
    ).map((r) => r.c);
    const found = await countQuery(
      ctx,
      members,
      inArray(members.cardNumber, sql`(SELECT value FROM json_each(${JSON.stringify(cards)}))`),
    );
    fresh += cards.length - (found[0]?.n ?? 0);
  }
  if (existing + fresh > cap) throw conflict(capMessage(cap));
}

export const membersImport: ImportSpec<BulkRow, HeaderMap, Prep, { rules: string[] }> = {
  kind: "members.import",
  audit: "member_import",
  filePrefix: "member-imports",
  fallbackName: "danh-sach.csv",
  noFile: "Vui lòng chọn tệp danh sách (XLSX hoặc CSV).",
  roles: ["admin"],
  limits: IMPORT_LIMITS,
  header: {
    map: mapHeader,
    problems: headerProblems,
    mapped: (h) => Object.values(h.columns),
    fields: (h) => Object.keys(h.columns),
    notice: (h) =>
      h.ignored.length ? `Các cột không dùng đến đã được bỏ qua: ${h.ignored.join(", ")}.` : null,
    missing:
      "Không tìm thấy dòng tiêu đề: cần các cột “Số thẻ đảng viên”, “Họ và tên”, “Chi bộ”. Hãy dùng tệp mẫu.",
  },
  async prepare(ctx) {
    const rows = await ctx.db
      .select({
        id: units.id,
        code: units.code,
        name: units.name,
        path: units.path,
        kind: units.kind,
        status: units.status,
      })
      .from(units)
      .where(scoped(ctx, units.tenantId));
    return {
      units: new UnitIndex(rows),
      codes: new Map(rows.map((u) => [u.id, u.code])),
      today: vnToday(ctx.now),
    };
  },
  parseRow(r, h, prep) {
    const res = parseRow(r, h, prep.units, prep.today);
    if ("ok" in res) return { ok: res.ok, key: res.ok.c, name: res.ok.n, errors: [], unique: res.ok.c };
    const unique = CARD_RE.test(res.card) ? res.card : undefined;
    return { key: res.card, name: res.name, errors: res.errors.map((message) => ({ message })), unique };
  },
  unique: {
    of: (row) => row.c,
    message: (card, rows) => `Số thẻ ${card} trùng với dòng ${rows.join(", ")}.`,
  },
  describe: (row) => ({ key: row.c, name: row.n }),
  cellValues: templateValues,
  rowValues: (row, prep) => bulkRowValues(row, (id) => prep.codes.get(id) ?? ""),
  errorColumns: TEMPLATE_COLUMNS.filter((c) => c.key !== "stt"),
  commit: {
    reads: (ctx) => [groupRulesQuery(ctx), countQuery(ctx, members)],
    async start(ctx, job, [rulesRows, counted], deps) {
      const n = (counted as { n: number }[])[0]?.n ?? 0;
      await checkCap(ctx, deps, job, n);
      // The group rules of today apply to the whole commit, however long it runs.
      return { rules: rulesFrom(rulesRows as Parameters<typeof rulesFrom>[0]).positions };
    },
  },
  /** A chunk with no known card skips the statements about existing members (a first import). */
  async writeChunk(ctx, stored, job, state) {
    const columns = (JSON.parse(job.columnsJson) as FieldKey[]).flatMap((f) => BULK_COLUMNS[f] ?? []);
    const rows: BulkRow[] = stored.map(({ r: _r, ...row }) => row);
    const allNew = (await countExisting(ctx, rows)) === 0;
    const cap = ctx.tenant.memberCap;
    const opts = { columns, rules: state.rules, reason: "Nhập danh sách từ tệp", jobId: job.id, allNew };
    return {
      statements: [
        ...bulkUpsertStatements(ctx, rows, opts),
        ...(cap === null
          ? []
          : [
              batchStatement(
                ctx.db,
                sql`SELECT CASE WHEN (SELECT count(*) FROM members WHERE ${inTenant(ctx, sql`tenant_id`)}) > ${cap} THEN json('member_cap') END`,
              ),
            ]),
      ],
    };
  },
  chunkConflict(ctx, job) {
    const cap = ctx.tenant.memberCap;
    return cap === null
      ? null
      : `${capMessage(cap)} Đã ghi ${job.rowsDone.toLocaleString("vi-VN")} dòng trước khi dừng.`;
  },
};

/** Uploads a roster (the API, the pages and the route matrix's fixture). */
export const createImport = (ctx: Ctx, deps: ImportDeps, file: { name: string; bytes: Uint8Array }) =>
  createImportJob(ctx, membersImport, deps, file);
