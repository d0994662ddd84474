/** Evidence files of a model: bytes in R2 (tenant-scoped store), metadata in D1. */
import { and, eq, sql } from "drizzle-orm";
import { exemplarModelFiles, exemplarModels } from "../../db/schema/tenant/exemplars";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { ServiceError, conflict, notFound } from "../../platform/errors";
import { type StoredFile, filesOf } from "../../platform/files";
import { newId } from "../../platform/ids";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { requireModelWrite } from "./models.rules";
import { type FileOut, MAX_FILES_PER_MODEL, MAX_FILE_BYTES } from "./models.inputs";
import { modelInTenantQuery, modelsQuery, toFileOut } from "./models.queries";

const f = exemplarModelFiles;
const FILE_404 = "Không tìm thấy tệp minh chứng.";
export const TOO_LARGE = `Tệp vượt quá dung lượng cho phép (tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB). Vui lòng nén ảnh hoặc chia nhỏ tệp PDF.`;
export const WRONG_TYPE =
  "Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF. Nội dung tệp này không thuộc các định dạng đó.";

/** The real type of the bytes, from their signature (the declared type is not trusted). */
export function sniffType(b: Uint8Array): string | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  if (at(0, 0xff, 0xd8, 0xff)) return "image/jpeg";
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "image/webp";
  if (at(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf";
  return null;
}

const EXT: Record<string, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
  "application/pdf": ".pdf",
};

/** A display name without paths or control characters, ending in the real type's extension. */
export function cleanFileName(name: string, type: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control and bidi characters are stripped
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069"]/g, "")
    .normalize("NFC")
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "minh-chung";
  return stem + EXT[type];
}

/**
 * Adds an evidence file. `readFile` is called only once the actor may write the model, so
 * an id of another tenant answers 404 whatever the body holds.
 */
export async function uploadModelFile(
  ctx: Ctx,
  modelId: string,
  readFile: () => Promise<{ name: string; bytes: Uint8Array } | null>,
): Promise<FileOut> {
  requireRole(ctx, "admin", "secretary", "member");
  requireWritable(ctx);
  const [rows, count] = await ctx.db.batch([
    modelInTenantQuery(ctx, modelId),
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(f)
      .where(scoped(ctx, f.tenantId, eq(f.modelId, modelId))),
  ]);
  requireModelWrite(ctx, rows[0]);
  const file = await readFile();
  if (!file) throw new ServiceError("validation", "Chưa chọn tệp.", { file: "Chưa chọn tệp để tải lên." });
  if (file.bytes.byteLength > MAX_FILE_BYTES) throw new ServiceError("payload_too_large", TOO_LARGE);
  if (file.bytes.byteLength === 0) throw new ServiceError("validation", "Tệp rỗng.", { file: "Tệp rỗng." });
  const type = sniffType(file.bytes);
  if (!type) throw new ServiceError("unsupported_media_type", WRONG_TYPE);
  if ((count[0]?.n ?? 0) >= MAX_FILES_PER_MODEL)
    throw conflict(`Mỗi mô hình có tối đa ${MAX_FILES_PER_MODEL} tệp minh chứng. Xóa bớt tệp cũ trước.`);
  const row: typeof f.$inferSelect = {
    id: newId(),
    tenantId: ctx.tenant.id,
    modelId,
    fileName: cleanFileName(file.name, type),
    contentType: type,
    size: file.bytes.byteLength,
    uploadedBy: ctx.actor.accountId,
    uploadedByLabel: ctx.actor.displayName,
    createdAt: ctx.now,
  };
  const key = `models/${modelId}/${row.id}`;
  const store = filesOf(ctx);
  await store.put(key, file.bytes, type);
  try {
    await writeBatch(ctx.db, [
      ctx.db.insert(f).values(row),
      // The model must still exist when the row lands (a concurrent delete wins cleanly).
      ctx.db
        .update(exemplarModels)
        .set({ updatedAt: ctx.now })
        .where(scoped(ctx, exemplarModels.tenantId, eq(exemplarModels.id, modelId))),
      guardChanged(ctx.db),
      auditInsert(ctx, {
        action: "model.file.add",
        entityType: "model",
        entityId: modelId,
        after: toFileOut(row),
      }),
    ]);
  } catch (e) {
    await store.delete(key).catch(() => undefined);
    throw e;
  }
  return toFileOut(row);
}

/** The file's metadata and bytes, if the actor may read the model. */
export async function getModelFile(
  ctx: Ctx,
  modelId: string,
  fileId: string,
): Promise<{ meta: FileOut; file: StoredFile }> {
  requireRole(ctx, "admin", "secretary", "member");
  const [models, files] = await ctx.db.batch([
    modelsQuery(ctx, eq(exemplarModels.id, modelId)).limit(1),
    ctx.db
      .select()
      .from(f)
      .where(scoped(ctx, f.tenantId, and(eq(f.modelId, modelId), eq(f.id, fileId))))
      .limit(1),
  ]);
  const row = files[0];
  if (!models[0] || !row) throw notFound(FILE_404);
  const file = await filesOf(ctx).get(`models/${modelId}/${fileId}`);
  if (!file) throw notFound(FILE_404);
  return { meta: toFileOut(row), file };
}

export async function deleteModelFile(ctx: Ctx, modelId: string, fileId: string): Promise<void> {
  requireRole(ctx, "admin", "secretary", "member");
  requireWritable(ctx);
  const [rows, files] = await ctx.db.batch([
    modelInTenantQuery(ctx, modelId),
    ctx.db
      .select()
      .from(f)
      .where(scoped(ctx, f.tenantId, and(eq(f.modelId, modelId), eq(f.id, fileId))))
      .limit(1),
  ]);
  const model = requireModelWrite(ctx, rows[0]);
  const row = files[0];
  if (!row) throw notFound(FILE_404);
  await writeBatch(ctx.db, [
    ctx.db.delete(f).where(scoped(ctx, f.tenantId, eq(f.id, fileId))),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: "model.file.delete",
      entityType: "model",
      entityId: modelId,
      before: toFileOut(row),
      onBehalfOf: model.m.memberId,
    }),
  ]);
  await filesOf(ctx)
    .delete(`models/${modelId}/${fileId}`)
    .catch(() => undefined);
}
