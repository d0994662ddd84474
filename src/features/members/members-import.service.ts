// Roster import jobs: upload → parse (preview) → commit. The steps themselves are in
// members.import-run.service.ts; they run inline for small files and on the JOBS queue otherwise.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { SpreadsheetError } from "../../lib/sheets";
import { memberImports, members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { ServiceError, conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { JobMessage } from "../../platform/queue";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { capMessage } from "./members-edit.service";
import type { BulkRow } from "./members-bulk.queries";
import { type FileKind, detectKind } from "./members.import-file";
import type { ErrorRecord } from "./members.import-parse";
import { runCommit, runParse } from "./members.import-run.service";
import type { ImportErrorOut, ImportJobOut, ImportStatus } from "./members.outputs";
import { groupRulesQuery, rulesFrom } from "./members.service";

export interface ImportDeps {
  files: R2Bucket;
  queue: Queue<JobMessage>;
}

export type ImportRow = typeof memberImports.$inferSelect;

/**
 * Files up to `parseBytes` are parsed inside the upload request and commits of up to
 * `commitChunks` chunks run inside the commit request; anything larger goes to the queue.
 */
export const IMPORT_LIMITS = { parseBytes: 256 * 1024, commitChunks: 2 };

export const IMPORT_JOB_KIND = "members.import";
export const filePrefix = (tenantId: string, jobId: string) => `member-imports/${tenantId}/${jobId}`;

export function toJobOut(j: ImportRow): ImportJobOut {
  const created = Math.max(0, j.rowsDone - j.rowsExisting);
  const updated = Math.max(0, j.rowsChanged - created);
  return {
    id: j.id,
    status: j.status as ImportStatus,
    message: j.message,
    fileName: j.fileName,
    fileKind: j.fileKind as FileKind,
    fileSize: j.fileSize,
    columns: JSON.parse(j.columnsJson) as string[],
    rowsTotal: j.rowsTotal,
    rowsValid: j.rowsValid,
    rowsInvalid: j.rowsInvalid,
    errors: JSON.parse(j.errorsPreviewJson) as ImportErrorOut[],
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

export function importQuery(ctx: Pick<Ctx, "db" | "tenant">, id: string) {
  return ctx.db
    .select()
    .from(memberImports)
    .where(scoped(ctx, memberImports.tenantId, eq(memberImports.id, id)))
    .limit(1);
}

export async function getImportRow(ctx: Ctx, id: string): Promise<ImportRow> {
  requireRole(ctx, "admin");
  const row = (await importQuery(ctx, id))[0];
  if (!row) throw notFound("Không tìm thấy lượt nhập.");
  return row;
}

export async function getImport(ctx: Ctx, id: string): Promise<ImportJobOut> {
  return toJobOut(await getImportRow(ctx, id));
}

export async function listImports(ctx: Ctx): Promise<ImportJobOut[]> {
  requireRole(ctx, "admin");
  const rows = await ctx.db
    .select()
    .from(memberImports)
    .where(scoped(ctx, memberImports.tenantId))
    .orderBy(desc(memberImports.createdAt))
    .limit(20);
  return rows.map(toJobOut);
}

const safeName = (s: string) =>
  s
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped from file names
    .replace(/[\\/\u0000-\u001f]/g, " ")
    .trim()
    .slice(0, 200) || "danh-sach.csv";

/** Stores the file and parses it (inline when small, otherwise on the queue). */
export async function createImport(
  ctx: Ctx,
  deps: ImportDeps,
  file: { name: string; bytes: Uint8Array },
): Promise<ImportJobOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  if (file.bytes.length === 0) throw invalid({ file: "Tệp tải lên đang trống." });
  let kind: FileKind;
  try {
    kind = detectKind(file.bytes);
  } catch (e) {
    if (e instanceof SpreadsheetError) throw invalid({ file: e.message });
    throw e;
  }
  const id = newId();
  await deps.files.put(`${filePrefix(ctx.tenant.id, id)}/source`, file.bytes);
  const row: ImportRow = {
    id,
    tenantId: ctx.tenant.id,
    createdBy: ctx.actor.accountId,
    createdByLabel: `${ctx.actor.displayName} (${ctx.actor.login})`,
    fileName: safeName(file.name),
    fileKind: kind,
    fileSize: file.bytes.length,
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
    rulesJson: null,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    committedAt: null,
    finishedAt: null,
  };
  await writeBatch(ctx.db, [
    ctx.db.insert(memberImports).values(row),
    auditInsert(ctx, {
      action: "member_import.upload",
      entityType: "member_import",
      entityId: id,
      after: { fileName: row.fileName, fileKind: kind, fileSize: row.fileSize },
    }),
  ]);
  if (file.bytes.length <= IMPORT_LIMITS.parseBytes) await runParse(ctx, deps, id);
  else await deps.queue.send({ kind: IMPORT_JOB_KIND, step: "parse", tenantId: ctx.tenant.id, jobId: id });
  return getImport(ctx, id);
}

/**
 * Starts writing the good rows. Refused (nothing written) when the tenant's member cap would be
 * exceeded. A commit whose queue work stalled for a minute can be started again: it resumes.
 */
export async function commitImport(ctx: Ctx, deps: ImportDeps, id: string): Promise<ImportJobOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const [jobs, rulesRows, counted] = await ctx.db.batch([
    importQuery(ctx, id),
    groupRulesQuery(ctx),
    ctx.db.select({ n: sql<number>`count(*)` }).from(members).where(scoped(ctx, members.tenantId)),
  ]);
  const job = jobs[0];
  if (!job) throw notFound("Không tìm thấy lượt nhập.");
  if (job.status === "committing" && ctx.now - job.updatedAt > 60_000) {
    await deps.queue.send({ kind: IMPORT_JOB_KIND, step: "commit", tenantId: ctx.tenant.id, jobId: id });
    return toJobOut(job);
  }
  if (job.status !== "ready")
    throw conflict(
      job.status === "parsing" ? "Tệp đang được đọc, vui lòng chờ." : "Lượt nhập này đã được xử lý.",
    );
  if (job.rowsValid === 0) throw conflict("Không có dòng hợp lệ nào để nhập.");
  await checkCap(ctx, deps, job, counted[0]?.n ?? 0);
  await writeBatch(ctx.db, [
    ctx.db
      .update(memberImports)
      .set({
        status: "committing",
        // The group rules of today apply to the whole commit, however long it runs.
        rulesJson: JSON.stringify({ rules: rulesFrom(rulesRows).positions }),
        committedAt: ctx.now,
        updatedAt: ctx.now,
        version: job.version + 1,
      })
      .where(
        scoped(ctx, memberImports.tenantId, eq(memberImports.id, id), eq(memberImports.version, job.version)),
      ),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: "member_import.commit",
      entityType: "member_import",
      entityId: id,
      after: { rowsValid: job.rowsValid, chunks: job.chunksTotal },
    }),
  ]);
  if (job.chunksTotal <= IMPORT_LIMITS.commitChunks) await runCommit(ctx, deps, id, Number.POSITIVE_INFINITY);
  else await deps.queue.send({ kind: IMPORT_JOB_KIND, step: "commit", tenantId: ctx.tenant.id, jobId: id });
  return getImport(ctx, id);
}

/** New cards in the file must fit under the cap; exact only when the quick bound does not decide. */
async function checkCap(ctx: Ctx, deps: ImportDeps, job: ImportRow, existing: number): Promise<void> {
  const cap = ctx.tenant.memberCap;
  if (cap === null || existing + job.rowsValid <= cap) return;
  if (job.rowsValid > cap) throw conflict(capMessage(cap));
  let fresh = 0;
  for (let i = 0; i < job.chunksTotal; i++) {
    const cards = (await readChunk(deps, ctx.tenant.id, job.id, i)).map((r) => r.c);
    const found = await ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(members)
      .where(
        scoped(
          ctx,
          members.tenantId,
          inArray(members.cardNumber, sql`(SELECT value FROM json_each(${JSON.stringify(cards)}))`),
        ),
      );
    fresh += cards.length - (found[0]?.n ?? 0);
  }
  if (existing + fresh > cap) throw conflict(capMessage(cap));
}

export async function readChunk(deps: ImportDeps, tenantId: string, jobId: string, i: number) {
  const obj = await deps.files.get(`${filePrefix(tenantId, jobId)}/chunk-${i}.json`);
  if (!obj) throw new ServiceError("internal", "Mất dữ liệu tạm của lượt nhập.");
  return (await obj.json()) as (BulkRow & { r: number })[];
}

/** Drops a parsed import that was not committed, with its files. */
export async function cancelImport(ctx: Ctx, deps: ImportDeps, id: string): Promise<ImportJobOut> {
  const job = await getImportRow(ctx, id);
  requireWritable(ctx);
  if (job.status !== "ready" && job.status !== "failed")
    throw conflict("Chỉ hủy được lượt nhập chưa ghi dữ liệu.");
  await writeBatch(ctx.db, [
    ctx.db
      .update(memberImports)
      .set({ status: "cancelled", updatedAt: ctx.now, version: job.version + 1 })
      .where(
        and(
          scoped(ctx, memberImports.tenantId, eq(memberImports.id, id)),
          eq(memberImports.version, job.version),
        ),
      ),
    guardChanged(ctx.db),
    auditInsert(ctx, { action: "member_import.cancel", entityType: "member_import", entityId: id }),
  ]);
  await removeFiles(deps, ctx.tenant.id, job, true);
  return toJobOut({ ...job, status: "cancelled", version: job.version + 1 });
}

export async function removeFiles(deps: ImportDeps, tenantId: string, job: ImportRow, withErrors: boolean) {
  const p = filePrefix(tenantId, job.id);
  const keys = [`${p}/source`];
  for (let i = 0; i < job.chunksTotal; i++) keys.push(`${p}/chunk-${i}.json`);
  if (withErrors) for (let i = 0; i < job.errorChunks; i++) keys.push(`${p}/errors-${i}.json`);
  for (let i = 0; i < keys.length; i += 1000) await deps.files.delete(keys.slice(i, i + 1000));
}

/** The rejected rows of a parse, chunk by chunk (each chunk in file order). */
export async function importErrorChunks(
  ctx: Ctx,
  deps: ImportDeps,
  id: string,
): Promise<{ job: ImportRow; chunks: AsyncGenerator<ErrorRecord[]> }> {
  const job = await getImportRow(ctx, id);
  if (job.status === "parsing" || job.status === "cancelled")
    throw conflict("Chưa có (hoặc không còn) danh sách dòng lỗi của lượt nhập này.");
  const p = filePrefix(ctx.tenant.id, id);
  async function* chunks(): AsyncGenerator<ErrorRecord[]> {
    for (let i = 0; i < job.errorChunks; i++) {
      const obj = await deps.files.get(`${p}/errors-${i}.json`);
      if (obj) yield ((await obj.json()) as ErrorRecord[]).sort((a, b) => a.row - b.row);
    }
  }
  return { job, chunks: chunks() };
}
