// The two steps of an import job: parse (file → chunks + rejected rows in R2, preview on the job),
// only ever from the JOBS queue, and commit (inline when short, from the queue otherwise) (chunk by chunk, one atomic batch
// each, resumable: a chunk is applied only while chunks_done still equals its index).
import { and, eq, sql } from "drizzle-orm";
import { accounts, units } from "../../db/schema/tenant/core";
import { SpreadsheetError } from "../../lib/sheets";
import { auditInsert } from "../audit";
import { batchStatement, guardChanged, writeBatch } from "../batch";
import type { Actor, Ctx, PublicCtx, Role } from "../context";
import { ServiceError } from "../errors";
import type { JobMessage } from "../queue";
import { inTenant, scoped } from "../scope";
import { actorColumns } from "../session";
import { apiKeyActor } from "../api-key-auth";
import { type FileKind, fileRows } from "./files";
import { ImportParser } from "./parser";
import type { AnyImportSpec, ImportDeps, ImportJobRow } from "./spec";
import { chunkStore, filePrefix, jobQuery, jobUpdate, readChunk, removeFiles } from "./store";

/**
 * How long one queue invocation keeps committing (a consumer may run 15 minutes of wall time; the
 * CPU spent per chunk is a few milliseconds). A longer commit stops cleanly and is resumed by
 * posting commit again (the page offers it once the job has been idle for a minute).
 */
const COMMIT_BUDGET_MS = 10 * 60_000;

/** Reads the uploaded file, checks every row and stores the preview. */
export async function runParse(
  ctx: Ctx,
  spec: AnyImportSpec,
  deps: ImportDeps,
  jobId: string,
): Promise<void> {
  const [job] = await jobQuery(ctx, [spec.kind], jobId);
  if (job?.status !== "parsing") return;
  const source = await deps.files.get(`${filePrefix(spec, ctx.tenant.id, jobId)}/source`);
  if (!source) return fail(ctx, spec, job, "Không tìm thấy tệp đã tải lên. Vui lòng tải lên lại.");
  const bytes = new Uint8Array(await source.arrayBuffer());
  const parser = new ImportParser(
    spec,
    await spec.prepare(ctx),
    chunkStore(spec, deps, ctx.tenant.id, jobId),
  );
  try {
    const opts = { maxRows: spec.limits.maxRows, strictUtf8: spec.strictUtf8 };
    for (const r of fileRows(bytes, job.fileKind as FileKind, opts)) {
      if (!parser.push(r)) break;
      if (parser.full) await parser.flush();
    }
  } catch (e) {
    if (!(e instanceof SpreadsheetError)) throw e;
    return fail(
      ctx,
      spec,
      job,
      e.code === "too_many_rows" && spec.tooManyRows ? spec.tooManyRows : e.message,
    );
  }
  const res = await parser.finish(ctx);
  const status = res.failure ? "failed" : "ready";
  await writeBatch(ctx.db, [
    jobUpdate(ctx, job, {
      status,
      message: res.failure ?? res.notice,
      columnsJson: JSON.stringify(res.columns),
      rowsTotal: res.total,
      rowsValid: res.valid,
      rowsInvalid: res.invalid,
      errorsPreviewJson: JSON.stringify(res.preview),
      errorChunks: res.errorChunks,
      chunksTotal: res.chunks,
    }),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: `${spec.audit}.parse`,
      entityType: spec.audit,
      entityId: jobId,
      after: { status, total: res.total, valid: res.valid, invalid: res.invalid },
    }),
  ]);
}

async function fail(ctx: Ctx, spec: AnyImportSpec, job: ImportJobRow, message: string): Promise<void> {
  await writeBatch(ctx.db, [
    jobUpdate(ctx, job, { status: "failed", message }),
    auditInsert(ctx, {
      action: `${spec.audit}.fail`,
      entityType: spec.audit,
      entityId: job.id,
      after: { message },
    }),
  ]);
}

/**
 * Applies chunks from `chunks_done` on, each in one atomic batch, until done or the time budget
 * is spent. Cleans up the chunk files at the end.
 */
export async function runCommit(
  ctx: Ctx,
  spec: AnyImportSpec,
  deps: ImportDeps,
  jobId: string,
  budgetMs = COMMIT_BUDGET_MS,
): Promise<void> {
  let [job] = await jobQuery(ctx, [spec.kind], jobId);
  if (job?.status !== "committing") return;
  const state = JSON.parse(job.stateJson ?? "null") as unknown;
  const started = Date.now();
  for (let i = job.chunksDone; i < job.chunksTotal; i++) {
    if (Date.now() - started > budgetMs) return;
    const rows = await readChunk(spec, deps, ctx.tenant.id, jobId, i);
    const c: Ctx = { ...ctx, now: Date.now() };
    try {
      const write = await spec.writeChunk(c, rows, job, state);
      const n = write.counts;
      await writeBatch(
        c.db,
        [
          batchStatement(
            c.db,
            sql`UPDATE import_jobs SET chunks_done = ${i + 1}, updated_at = ${c.now}
            WHERE ${inTenant(c, sql`tenant_id`)} AND id = ${jobId} AND status = 'committing' AND chunks_done = ${i}`,
          ),
          guardChanged(c.db),
          ...write.statements,
          ...(n
            ? [
                batchStatement(
                  c.db,
                  sql`UPDATE import_jobs SET rows_done = rows_done + ${n.done}, rows_existing = rows_existing + ${n.existing},
                  rows_changed = rows_changed + ${n.changed} WHERE ${inTenant(c, sql`tenant_id`)} AND id = ${jobId}`,
                ),
              ]
            : []),
          auditInsert(c, {
            action: `${spec.audit}.chunk`,
            entityType: spec.audit,
            entityId: jobId,
            after: { chunk: i, rows: rows.length, ...write.audit },
          }),
        ],
        spec.uniques,
      );
    } catch (e) {
      if (!(e instanceof ServiceError) || e.code !== "conflict") throw e;
      // Either another delivery applied this chunk already, or the importer's guard stopped it.
      const [now] = await jobQuery(ctx, [spec.kind], jobId);
      const why =
        now?.status === "committing" && now.chunksDone === i ? spec.chunkConflict?.(ctx, now, e) : null;
      if (now && why) await fail(ctx, spec, now, why);
      return;
    }
  }
  [job] = await jobQuery(ctx, [spec.kind], jobId);
  if (job?.status !== "committing" || job.chunksDone < job.chunksTotal) return;
  await writeBatch(ctx.db, [
    jobUpdate(ctx, job, { status: "done", finishedAt: Date.now() }),
    auditInsert(ctx, {
      action: `${spec.audit}.done`,
      entityType: spec.audit,
      entityId: jobId,
      after: { rowsDone: job.rowsDone, existing: job.rowsExisting, changed: job.rowsChanged },
    }),
  ]);
  await removeFiles(spec, deps, ctx.tenant.id, job, false);
}

const NOBODY: Actor = {
  accountId: "",
  login: "",
  displayName: "hệ thống",
  role: "member",
  unitId: null,
  unitPath: null,
  memberId: null,
  sessionId: "queue",
};

/**
 * The uploader as the queue acts: their account, role and scope of today (null when disabled), or
 * the API key that uploaded (null once revoked or expired).
 */
async function uploader(base: PublicCtx, accountId: string): Promise<Actor | null> {
  const [a] = await base.db
    .select(actorColumns)
    .from(accounts)
    .leftJoin(units, and(eq(units.id, accounts.unitId), eq(units.tenantId, accounts.tenantId)))
    .where(scoped(base, accounts.tenantId, eq(accounts.id, accountId)))
    .limit(1);
  if (!a) return apiKeyActor(base.db, base.tenant.id, accountId, base.now);
  if (a.status !== "active") return null;
  return { ...a, accountId, role: a.role as Role, sessionId: "queue" };
}

/** Queue entry: acts as the account that uploaded the file; after the last retry the job is failed. */
export async function runImportMessage(
  base: PublicCtx,
  spec: AnyImportSpec,
  deps: ImportDeps,
  msg: JobMessage,
  attempts: number,
): Promise<void> {
  const jobId = String(msg.jobId ?? "");
  const [job] = await jobQuery(base, [spec.kind], jobId);
  if (!job) return;
  const actor = await uploader(base, job.createdBy);
  const ctx: Ctx = { ...base, actor: actor ?? { ...NOBODY, accountId: job.createdBy } };
  if (!actor) {
    if (job.status === "parsing" || job.status === "committing")
      await fail(ctx, spec, job, "Tài khoản đã tải tệp lên không còn hoạt động.");
    return;
  }
  try {
    if (msg.step === "parse") await runParse(ctx, spec, deps, jobId);
    else if (msg.step === "commit") await runCommit(ctx, spec, deps, jobId);
  } catch (e) {
    if (attempts < 3) throw e;
    console.error(`[${base.requestId}] import ${jobId} failed`, e);
    const [now] = await jobQuery(base, [spec.kind], jobId);
    if (now?.status === "parsing" || now?.status === "committing")
      await fail(
        ctx,
        spec,
        now,
        "Xử lý tệp bị lỗi hệ thống. Các dòng đã ghi vẫn được giữ; vui lòng nhập lại tệp.",
      );
  }
}
