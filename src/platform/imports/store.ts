// Where an import job lives: its row in import_jobs and its files in R2 (the upload, the chunks of
// good rows, the chunks of rejected rows) under `<filePrefix>/<tenantId>/<jobId>/`.
import { type SQL, eq, inArray } from "drizzle-orm";
import { importJobs } from "../../db/schema/tenant/imports";
import type { Ctx, PublicCtx } from "../context";
import { ServiceError } from "../errors";
import { scoped } from "../scope";
import type { ChunkStore } from "./parser";
import type {
  AnyImportSpec,
  ImportDeps,
  ImportJobRow,
  PreviewRow,
  RejectedRow,
  RowError,
  Stored,
} from "./spec";
import { atVersion } from "../lookups";

type JobCtx = PublicCtx & { actor?: Ctx["actor"] };

export const filePrefix = (spec: AnyImportSpec, tenantId: string, jobId: string) =>
  `${spec.filePrefix}/${tenantId}/${jobId}`;

/** Jobs of these kinds the actor may see: all for an admin (and the queue), their own uploads otherwise. */
export function visibleJobs(ctx: JobCtx, kinds: string[], ...conds: SQL[]) {
  const own =
    ctx.actor && ctx.actor.role !== "admin" ? eq(importJobs.createdBy, ctx.actor.accountId) : undefined;
  return scoped(ctx, importJobs.tenantId, inArray(importJobs.kind, kinds), own, ...conds);
}

export function jobQuery(ctx: JobCtx, kinds: string[], id: string) {
  return ctx.db
    .select()
    .from(importJobs)
    .where(visibleJobs(ctx, kinds, eq(importJobs.id, id)))
    .limit(1);
}

/** The conditional update of a job (WHERE version = the version read): pair it with guardChanged. */
export function jobUpdate(ctx: PublicCtx, job: ImportJobRow, set: Partial<ImportJobRow>) {
  return ctx.db
    .update(importJobs)
    .set({ ...set, updatedAt: Date.now(), version: job.version + 1 })
    .where(atVersion(ctx, importJobs, job.id, job.version));
}

export async function readChunk(
  spec: AnyImportSpec,
  deps: ImportDeps,
  tenantId: string,
  jobId: string,
  i: number,
) {
  const obj = await deps.files.get(`${filePrefix(spec, tenantId, jobId)}/chunk-${i}.json`);
  if (!obj) throw new ServiceError("internal", "Mất dữ liệu tạm của lượt nhập.");
  return (await obj.json()) as Stored<unknown>[];
}

export function chunkStore(
  spec: AnyImportSpec,
  deps: ImportDeps,
  tenantId: string,
  jobId: string,
): ChunkStore {
  const p = filePrefix(spec, tenantId, jobId);
  return {
    putChunk: async (i, json) => void (await deps.files.put(`${p}/chunk-${i}.json`, json)),
    getChunk: (i) => readChunk(spec, deps, tenantId, jobId, i),
    putErrors: async (i, records) =>
      void (await deps.files.put(`${p}/errors-${i}.json`, JSON.stringify(records))),
  };
}

export async function removeFiles(
  spec: AnyImportSpec,
  deps: ImportDeps,
  tenantId: string,
  job: ImportJobRow,
  withErrors: boolean,
) {
  const p = filePrefix(spec, tenantId, job.id);
  const keys = [`${p}/source`];
  for (let i = 0; i < job.chunksTotal; i++) keys.push(`${p}/chunk-${i}.json`);
  if (withErrors) for (let i = 0; i < job.errorChunks; i++) keys.push(`${p}/errors-${i}.json`);
  for (let i = 0; i < keys.length; i += 1000) await deps.files.delete(keys.slice(i, i + 1000));
}

/**
 * A stored rejected row. Roster imports written before the generic pipeline named the key and
 * the name `cardNumber` and `fullName` and held the reasons as plain strings.
 */
export function asRejected(raw: unknown): RejectedRow {
  const r = raw as Partial<RejectedRow> & {
    cardNumber?: string;
    fullName?: string;
    errors?: (RowError | string)[];
  };
  return {
    row: Number(r.row),
    key: r.key ?? r.cardNumber ?? "",
    name: r.name ?? r.fullName ?? "",
    errors: (r.errors ?? []).map((e) => (typeof e === "string" ? { message: e } : e)),
    values: r.values ?? [],
  };
}

export function asPreview(raw: unknown): PreviewRow {
  const { values: _, ...row } = asRejected(raw);
  return row;
}
