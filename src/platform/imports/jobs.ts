// Import jobs: upload → parse (preview) → commit, cancel, the rejected rows. The steps themselves
// are in run.ts; parsing runs only on the JOBS queue, a commit inline when short.
import { desc } from "drizzle-orm";
import { importJobs } from "../../db/schema/tenant/imports";
import { SpreadsheetError } from "../../lib/sheets";
import { auditInsert } from "../audit";
import { writeBatch } from "../batch";
import type { Ctx, Role } from "../context";
import { ServiceError, conflict, invalid, notFound } from "../errors";
import { newId } from "../ids";
import { requireRole, requireWritable } from "../tenant-context";
import { UPLOAD_MAX_BYTES } from "../http";
import { type FileKind, detectKind, safeFileName } from "./files";
import { asPreview, asRejected, filePrefix, jobQuery, readChunk, removeFiles, visibleJobs } from "./store";
import { runCommit } from "./run";
import { type UploadFile, storeUpload, tooLarge, uploadHead, uploadSize } from "./upload";
import type { ImportJobView, ImportStatus } from "./outputs";
import type { AnyImportSpec, ImportDeps, ImportJobRow, RejectedRow } from "./spec";
import { firstVersion, nextVersion, writeAtVersion } from "../lookups";

export const IMPORT_404 = "Không tìm thấy lượt nhập.";
export function toJobView(j: ImportJobRow): ImportJobView {
  const created = Math.max(0, j.rowsDone - j.rowsExisting);
  const updated = Math.max(0, j.rowsChanged - created);
  return {
    id: j.id,
    kind: j.kind,
    status: j.status as ImportStatus,
    message: j.message,
    fileName: j.fileName,
    fileKind: j.fileKind as FileKind,
    fileSize: j.fileSize,
    columns: JSON.parse(j.columnsJson) as string[],
    rowsTotal: j.rowsTotal,
    rowsValid: j.rowsValid,
    rowsInvalid: j.rowsInvalid,
    preview: (JSON.parse(j.errorsPreviewJson) as unknown[]).map(asPreview),
    rowsDone: j.rowsDone,
    created,
    updated,
    unchanged: Math.max(0, j.rowsExisting - updated),
    createdAt: j.createdAt,
    updatedAt: j.updatedAt,
    committedAt: j.committedAt,
    finishedAt: j.finishedAt,
    version: j.version,
  };
}

const rolesOf = (specs: readonly AnyImportSpec[]) => [...new Set(specs.flatMap((s) => s.roles))] as Role[];

export function specOf(specs: readonly AnyImportSpec[], job: { kind: string }): AnyImportSpec {
  const spec = specs.find((s) => s.kind === job.kind);
  if (!spec) throw notFound(IMPORT_404);
  return spec;
}

export async function getImportRow(ctx: Ctx, specs: readonly AnyImportSpec[], id: string) {
  requireRole(ctx, ...rolesOf(specs));
  const job = (
    await jobQuery(
      ctx,
      specs.map((s) => s.kind),
      id,
    )
  )[0];
  if (!job) throw notFound(IMPORT_404);
  return { job, spec: specOf(specs, job) };
}

export async function getImport(ctx: Ctx, specs: readonly AnyImportSpec[], id: string) {
  return toJobView((await getImportRow(ctx, specs, id)).job);
}

/** The latest jobs of these kinds (20). */
export async function listImports(ctx: Ctx, specs: readonly AnyImportSpec[]): Promise<ImportJobView[]> {
  requireRole(ctx, ...rolesOf(specs));
  const rows = await ctx.db
    .select()
    .from(importJobs)
    .where(
      visibleJobs(
        ctx,
        specs.map((s) => s.kind),
      ),
    )
    .orderBy(desc(importJobs.createdAt))
    .limit(20);
  return rows.map(toJobView);
}

/** Stores the file (streamed as it arrives) and queues its parse: the answer is the job, "parsing". */
export async function createImport(
  ctx: Ctx,
  spec: AnyImportSpec,
  deps: ImportDeps,
  file: UploadFile,
): Promise<ImportJobView> {
  requireRole(ctx, ...spec.roles);
  requireWritable(ctx);
  const size = uploadSize(file);
  const max = spec.limits.maxBytes;
  if (max !== undefined && size !== undefined && size > max)
    throw new ServiceError("payload_too_large", tooLarge(max), { file: tooLarge(max) });
  const { head, body } = await uploadHead(file);
  if (head.length === 0) throw invalid({ file: "Tệp tải lên đang trống." });
  let kind: FileKind;
  try {
    kind = detectKind(head);
  } catch (e) {
    if (e instanceof SpreadsheetError) throw invalid({ file: e.message });
    throw e;
  }
  const id = newId();
  const key = `${filePrefix(spec, ctx.tenant.id, id)}/source`;
  const fileSize = await storeUpload(deps.files, key, body, size, max ?? UPLOAD_MAX_BYTES);
  const row: ImportJobRow = {
    id,
    tenantId: ctx.tenant.id,
    kind: spec.kind,
    createdBy: ctx.actor.accountId,
    fileName: safeFileName(file.name, spec.fallbackName),
    fileKind: kind,
    fileSize,
    status: "parsing",
    message: null,
    columnsJson: "[]",
    rowsTotal: 0,
    rowsValid: 0,
    rowsInvalid: 0,
    errorsPreviewJson: "[]",
    errorChunks: 0,
    chunksTotal: 0,
    chunksDone: 0,
    rowsDone: 0,
    rowsExisting: 0,
    rowsChanged: 0,
    stateJson: null,
    ...firstVersion(ctx),
    committedAt: null,
    finishedAt: null,
  };
  await writeBatch(ctx.db, [
    ctx.db.insert(importJobs).values(row),
    auditInsert(ctx, {
      action: `${spec.audit}.upload`,
      entityType: spec.audit,
      entityId: id,
      after: { fileName: row.fileName, fileKind: kind, fileSize: row.fileSize },
    }),
  ]);
  // Never parsed here: a file of any size is read by the queue consumer, so no upload request
  // waits on (or is stalled by) a hostile or huge file. The job answers "parsing" until then.
  await deps.queue.send({ kind: spec.kind, step: "parse", tenantId: ctx.tenant.id, jobId: id });
  return toJobView(row);
}

export { tooLarge };

/**
 * Starts writing the good rows (the importer may refuse: nothing written). A commit whose queue
 * work stalled for a minute can be started again: it resumes where it stopped.
 */
export async function commitImport(ctx: Ctx, specs: readonly AnyImportSpec[], deps: ImportDeps, id: string) {
  requireRole(ctx, ...rolesOf(specs));
  requireWritable(ctx);
  const kinds = specs.map((s) => s.kind);
  // With one importer its reads join the job's: one round trip.
  const early = specs.length === 1 ? (specs[0]!.commit?.reads(ctx) ?? []) : [];
  const [jobs, ...reads] = (await ctx.db.batch([jobQuery(ctx, kinds, id), ...early] as [
    ReturnType<typeof jobQuery>,
  ])) as [ImportJobRow[], ...unknown[]];
  const job = jobs[0];
  if (!job) throw notFound(IMPORT_404);
  const spec = specOf(specs, job);
  const message = { kind: spec.kind, step: "commit", tenantId: ctx.tenant.id, jobId: id };
  if (job.status === "committing" && ctx.now - job.updatedAt > 60_000) {
    await deps.queue.send(message);
    return toJobView(job);
  }
  if (job.status !== "ready")
    throw conflict(
      job.status === "parsing" ? "Tệp đang được đọc, vui lòng chờ." : "Lượt nhập này đã được xử lý.",
    );
  if (job.rowsValid === 0) throw conflict("Không có dòng hợp lệ nào để nhập.");
  let state: unknown = null;
  if (spec.commit) {
    const results = early.length
      ? reads
      : ((await ctx.db.batch(spec.commit.reads(ctx) as never)) as unknown[]);
    state = await spec.commit.start(ctx, job, results, deps);
  }
  await writeBatch(ctx.db, [
    ...writeAtVersion(
      ctx,
      importJobs,
      { id, version: job.version },
      {
        status: "committing",
        stateJson: state === null ? null : JSON.stringify(state),
        committedAt: ctx.now,
        ...nextVersion(job, ctx),
      },
    ),
    auditInsert(ctx, {
      action: `${spec.audit}.commit`,
      entityType: spec.audit,
      entityId: id,
      after: { rowsValid: job.rowsValid, chunks: job.chunksTotal },
    }),
  ]);
  if (job.chunksTotal <= spec.limits.commitChunks)
    await runCommit(ctx, spec, deps, id, Number.POSITIVE_INFINITY);
  else await deps.queue.send(message);
  return toJobView((await jobQuery(ctx, kinds, id))[0]!);
}

/** Drops a parsed import that was not committed, with its files. */
export async function cancelImport(ctx: Ctx, specs: readonly AnyImportSpec[], deps: ImportDeps, id: string) {
  const { job, spec } = await getImportRow(ctx, specs, id);
  requireWritable(ctx);
  if (job.status !== "ready" && job.status !== "failed")
    throw conflict("Chỉ hủy được lượt nhập chưa ghi dữ liệu.");
  await writeBatch(ctx.db, [
    ...writeAtVersion(
      ctx,
      importJobs,
      { id, version: job.version },
      { status: "cancelled", updatedAt: ctx.now, version: job.version + 1 },
    ),
    auditInsert(ctx, { action: `${spec.audit}.cancel`, entityType: spec.audit, entityId: id }),
  ]);
  await removeFiles(spec, deps, ctx.tenant.id, job, true);
  return toJobView({ ...job, status: "cancelled", version: job.version + 1 });
}

/** The rejected rows of a parse, chunk by chunk (each chunk in file order). */
export async function importErrorChunks(
  ctx: Ctx,
  specs: readonly AnyImportSpec[],
  deps: ImportDeps,
  id: string,
): Promise<{ job: ImportJobRow; spec: AnyImportSpec; chunks: AsyncGenerator<RejectedRow[]> }> {
  const { job, spec } = await getImportRow(ctx, specs, id);
  if (job.status === "parsing" || job.status === "cancelled")
    throw conflict("Chưa có (hoặc không còn) danh sách dòng lỗi của lượt nhập này.");
  const p = filePrefix(spec, ctx.tenant.id, id);
  async function* chunks(): AsyncGenerator<RejectedRow[]> {
    for (let i = 0; i < job.errorChunks; i++) {
      const obj = await deps.files.get(`${p}/errors-${i}.json`);
      if (obj) yield ((await obj.json()) as unknown[]).map(asRejected).sort((a, b) => a.row - b.row);
    }
  }
  return { job, spec, chunks: chunks() };
}

export { readChunk };
