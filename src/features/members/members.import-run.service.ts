// The two steps of an import job, run inline for small files or from the JOBS queue:
// parse (file → chunks + errors in R2, preview on the job) and commit (chunk by chunk, one
// atomic batch each, resumable: a chunk is applied only while chunks_done still equals its index).
import { eq, sql } from "drizzle-orm";
import { SpreadsheetError } from "../../lib/sheets";
import { units } from "../../db/schema/tenant/core";
import { memberImports } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { batchStatement, guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx, PublicCtx } from "../../platform/context";
import { ServiceError } from "../../platform/errors";
import type { JobMessage } from "../../platform/queue";
import { scoped } from "../../platform/scope";
import { type BulkColumn, bulkUpsertStatements, countExisting } from "./members-bulk.queries";
import { capMessage } from "./members-edit.service";
import type { FieldKey } from "./members-roster.rules";
import { type FileKind, fileRows } from "./members.import-file";
import { type ChunkStore, RosterParser } from "./members.import-parse";
import { UnitIndex } from "./members-import.rules";
import {
  type ImportDeps,
  type ImportRow,
  filePrefix,
  importQuery,
  readChunk,
  removeFiles,
} from "./members-import.service";
import { todayIso } from "./members.inputs";

/**
 * How long one queue invocation keeps committing (a consumer may run 15 minutes of wall time; the
 * CPU spent per chunk is a few milliseconds). A longer commit stops cleanly and is resumed by
 * posting commit again (the page offers it once the job has been idle for a minute).
 */
const COMMIT_BUDGET_MS = 10 * 60_000;

function chunkStore(deps: ImportDeps, tenantId: string, jobId: string): ChunkStore {
  const p = filePrefix(tenantId, jobId);
  return {
    putChunk: async (i, json) => void (await deps.files.put(`${p}/chunk-${i}.json`, json)),
    getChunk: (i) => readChunk(deps, tenantId, jobId, i),
    putErrors: async (i, records) =>
      void (await deps.files.put(`${p}/errors-${i}.json`, JSON.stringify(records))),
  };
}

function finishUpdate(ctx: Ctx, job: ImportRow, set: Partial<ImportRow>) {
  return ctx.db
    .update(memberImports)
    .set({ ...set, updatedAt: Date.now(), version: job.version + 1 })
    .where(
      scoped(
        ctx,
        memberImports.tenantId,
        eq(memberImports.id, job.id),
        eq(memberImports.version, job.version),
      ),
    );
}

/** Reads the uploaded file, checks every row and stores the preview. */
export async function runParse(ctx: Ctx, deps: ImportDeps, jobId: string): Promise<void> {
  const [jobs, unitRows] = await ctx.db.batch([
    importQuery(ctx, jobId),
    ctx.db
      .select({
        id: units.id,
        code: units.code,
        name: units.name,
        path: units.path,
        kind: units.kind,
        status: units.status,
      })
      .from(units)
      .where(scoped(ctx, units.tenantId)),
  ]);
  const job = jobs[0];
  if (job?.status !== "parsing") return;
  const source = await deps.files.get(`${filePrefix(ctx.tenant.id, jobId)}/source`);
  if (!source) return fail(ctx, job, "Không tìm thấy tệp đã tải lên. Vui lòng tải lên lại.");
  const bytes = new Uint8Array(await source.arrayBuffer());
  const codes = new Map(unitRows.map((u) => [u.id, u.code]));
  const parser = new RosterParser(
    new UnitIndex(unitRows),
    (id) => codes.get(id) ?? "",
    todayIso(ctx.now),
    chunkStore(deps, ctx.tenant.id, jobId),
  );
  try {
    for (const r of fileRows(bytes, job.fileKind as FileKind)) {
      if (!parser.push(r)) break;
      if (parser.full) await parser.flush();
    }
  } catch (e) {
    if (e instanceof SpreadsheetError) return fail(ctx, job, e.message);
    throw e;
  }
  const res = await parser.finish();
  await writeBatch(ctx.db, [
    finishUpdate(ctx, job, {
      status: res.failure ? "failed" : "ready",
      message: res.failure ?? res.notice,
      columnsJson: JSON.stringify(res.columns),
      rowsTotal: res.total,
      rowsValid: res.valid,
      rowsInvalid: res.invalid,
      errorsPreviewJson: JSON.stringify(res.preview),
      errorChunks: res.errorChunks,
      chunksTotal: res.chunks,
    }),
    auditInsert(ctx, {
      action: "member_import.parse",
      entityType: "member_import",
      entityId: jobId,
      after: {
        status: res.failure ? "failed" : "ready",
        total: res.total,
        valid: res.valid,
        invalid: res.invalid,
      },
    }),
  ]);
}

async function fail(ctx: Ctx, job: ImportRow, message: string): Promise<void> {
  await writeBatch(ctx.db, [
    finishUpdate(ctx, job, { status: "failed", message }),
    auditInsert(ctx, {
      action: "member_import.fail",
      entityType: "member_import",
      entityId: job.id,
      after: { message },
    }),
  ]);
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

/**
 * Applies chunks from `chunks_done` on, each in one atomic batch, until done or the time budget
 * is spent. Cleans up the chunk files at the end. A chunk with no known card skips the
 * statements about existing members (the common case of a first import).
 */
export async function runCommit(
  ctx: Ctx,
  deps: ImportDeps,
  jobId: string,
  budgetMs = COMMIT_BUDGET_MS,
): Promise<void> {
  let job = (await importQuery(ctx, jobId))[0];
  if (job?.status !== "committing") return;
  const columns = (JSON.parse(job.columnsJson) as FieldKey[]).flatMap((f) => BULK_COLUMNS[f] ?? []);
  const { rules } = JSON.parse(job.rulesJson ?? "{}") as { rules: string[] };
  const cap = ctx.tenant.memberCap;
  const started = Date.now();
  for (let i = job.chunksDone; i < job.chunksTotal; i++) {
    if (Date.now() - started > budgetMs) return;
    const rows = (await readChunk(deps, ctx.tenant.id, jobId, i)).map(({ r: _r, ...row }) => row);
    const allNew = (await countExisting(ctx, rows)) === 0;
    const c: Ctx = { ...ctx, now: Date.now() };
    try {
      await writeBatch(c.db, [
        batchStatement(
          c.db,
          sql`UPDATE member_imports SET chunks_done = ${i + 1}, updated_at = ${c.now}
          WHERE tenant_id = ${c.tenant.id} AND id = ${jobId} AND status = 'committing' AND chunks_done = ${i}`,
        ),
        guardChanged(c.db),
        ...bulkUpsertStatements(c, rows, { columns, rules, reason: "Nhập danh sách từ tệp", jobId, allNew }),
        ...(cap === null
          ? []
          : [
              batchStatement(
                c.db,
                sql`SELECT CASE WHEN (SELECT count(*) FROM members WHERE tenant_id = ${c.tenant.id}) > ${cap} THEN json('member_cap') END`,
              ),
            ]),
        auditInsert(c, {
          action: "member_import.chunk",
          entityType: "member_import",
          entityId: jobId,
          after: { chunk: i, rows: rows.length },
        }),
      ]);
    } catch (e) {
      if (!(e instanceof ServiceError) || e.code !== "conflict") throw e;
      // Either another delivery applied this chunk already, or the member cap stopped it.
      const now = (await importQuery(ctx, jobId))[0];
      if (now?.status === "committing" && now.chunksDone === i && cap !== null)
        await fail(
          ctx,
          now,
          `${capMessage(cap)} Đã ghi ${now.rowsDone.toLocaleString("vi-VN")} dòng trước khi dừng.`,
        );
      return;
    }
  }
  job = (await importQuery(ctx, jobId))[0];
  if (job?.status !== "committing" || job.chunksDone < job.chunksTotal) return;
  await writeBatch(ctx.db, [
    finishUpdate(ctx, job, { status: "done", finishedAt: Date.now() }),
    auditInsert(ctx, {
      action: "member_import.done",
      entityType: "member_import",
      entityId: jobId,
      after: { rowsDone: job.rowsDone, existing: job.rowsExisting, changed: job.rowsChanged },
    }),
  ]);
  await removeFiles(deps, ctx.tenant.id, job, false);
}

/** Queue entry: acts as the admin who uploaded the file; after the last retry the job is failed. */
export async function runImportMessage(
  base: PublicCtx,
  deps: ImportDeps,
  msg: JobMessage,
  attempts: number,
): Promise<void> {
  const jobId = String(msg.jobId ?? "");
  const job = (await importQuery(base, jobId))[0];
  if (!job) return;
  const who = /^(.*) \((.*)\)$/.exec(job.createdByLabel);
  const ctx: Ctx = {
    ...base,
    actor: {
      accountId: job.createdBy,
      login: who?.[2] ?? "",
      displayName: who?.[1] ?? job.createdByLabel,
      role: "admin",
      unitId: null,
      unitPath: null,
      memberId: null,
      sessionId: "queue",
    },
  };
  try {
    if (msg.step === "parse") await runParse(ctx, deps, jobId);
    else if (msg.step === "commit") await runCommit(ctx, deps, jobId);
  } catch (e) {
    if (attempts < 3) throw e;
    console.error(`[${base.requestId}] import ${jobId} failed`, e);
    const now = (await importQuery(base, jobId))[0];
    if (now?.status === "parsing" || now?.status === "committing")
      await fail(ctx, now, "Xử lý tệp bị lỗi hệ thống. Các dòng đã ghi vẫn được giữ; vui lòng nhập lại tệp.");
  }
}
