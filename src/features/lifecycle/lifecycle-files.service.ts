/**
 * The uploaded files of a tenant in its export: a step lists them (1,000 a step, the list kept as
 * R2 parts beside the table parts), and packing streams each object into the zip as stored, not
 * deflated (images and PDFs are compressed already; this keeps CPU low), with `files.json` naming
 * each one: its path in the zip, size, type, when it was uploaded and the row it belongs to.
 */
import type { OpCtx } from "../../platform/control-plane";
import type { ZipToR2 } from "../../platform/zip-sink";
import type { Job } from "./lifecycle.rules";
import type { ExportCursor } from "./lifecycle-archive.service";

const LIST_LIMIT = 1000;

/** One stored file as the list part keeps it (the key relative to the tenant's folder). */
interface Listed {
  key: string;
  size: number;
  type: string | null;
  uploaded: number;
}

const tenantFolder = (tenantId: string) => `t/${tenantId}/`;
const listPart = (prefix: string, i: number) => `${prefix}parts/files-${i}.json`;

const EXTENSION: Record<string, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
  "application/pdf": ".pdf",
};

/** The row a stored file belongs to, from its key ("models/<modelId>/<fileId>"). */
function recordOf(key: string): { table: string; id: string } | null {
  const m = /^models\/[^/]+\/([^/]+)$/.exec(key);
  return m ? { table: "exemplar_model_files", id: m[1]! } : null;
}

/** One step of listing: the next 1,000 objects of the tenant's folder into a list part. */
export async function listFilesStep(o: OpCtx, job: Job, c: ExportCursor, prefix: string): Promise<Job> {
  const list = await o.env.FILES.list({
    prefix: tenantFolder(job.tenantId),
    limit: LIST_LIMIT,
    cursor: c.fileCursor,
  });
  const part = c.fileParts ?? 0;
  const items: Listed[] = list.objects.map((x) => ({
    key: x.key.slice(tenantFolder(job.tenantId).length),
    size: x.size,
    type: x.httpMetadata?.contentType ?? null,
    uploaded: x.uploaded.getTime(),
  }));
  if (items.length) await o.env.FILES.put(listPart(prefix, part), JSON.stringify(items));
  const next: ExportCursor = {
    ...c,
    fileParts: items.length ? part + 1 : part,
    files: (c.files ?? 0) + items.length,
    fileBytes: (c.fileBytes ?? 0) + items.reduce((a, x) => a + x.size, 0),
    fileCursor: list.truncated ? list.cursor : undefined,
    phase: list.truncated ? "files" : "pack",
  };
  return { ...job, cursor: next as Record<string, unknown> };
}

async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/**
 * Streams every listed file into the zip under `files/`, then `files.json`; a file deleted since
 * it was listed is named there as missing. Returns how many files went in.
 */
export async function packFiles(o: OpCtx, job: Job, c: ExportCursor, prefix: string, sink: ZipToR2) {
  const index: Record<string, unknown>[] = [];
  for (let i = 0; i < (c.fileParts ?? 0); i++) {
    const obj = await o.env.FILES.get(listPart(prefix, i));
    if (!obj) throw new Error(`missing export part files-${i}`);
    for (const f of (await obj.json()) as Listed[]) {
      const file = await o.env.FILES.get(`${tenantFolder(job.tenantId)}${f.key}`);
      const type = file?.httpMetadata?.contentType ?? f.type;
      const path = `files/${f.key}${EXTENSION[type ?? ""] ?? ""}`;
      const entry = { path, key: f.key, size: f.size, contentType: type, uploadedAt: f.uploaded };
      if (!file) {
        index.push({ ...entry, path: null, record: recordOf(f.key), missing: true });
        continue;
      }
      await sink.file(path, bodyChunks(file.body), { store: true });
      index.push({ ...entry, record: recordOf(f.key) });
    }
  }
  await sink.file(
    "files.json",
    (async function* () {
      yield JSON.stringify(index, null, 1);
    })(),
  );
  return index.filter((x) => !x.missing).length;
}
