/** The last step of an export: stream every table's parts into one zip in R2 (JSON + CSV). */
import type { Job } from "./lifecycle.rules";
import type { OpCtx } from "../../platform/control-plane";
import type { tenants } from "../../db/schema/control";
import { toCsv } from "../../lib/sheets";
import { purgeFiles } from "./lifecycle-deletion.service";

import type { Row, TableInfo } from "./lifecycle-tables.queries";
import { ZipToR2 } from "../../platform/zip-sink";
import { packFiles } from "./lifecycle-files.service";

export const EXPORT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
// Sessions, setup links and the push devices' keys (a device's `auth` secret lets one read its pushes).
export const SECRET_TABLES = new Set(["sessions", "setup_tokens", "push_subscriptions"]);

export interface ExportCursor {
  phase?: "extract" | "files" | "pack";
  binding?: string;
  tables?: TableInfo[];
  dropped?: string[];
  counts?: Record<string, number>;
  t?: number;
  after?: number;
  part?: number;
  parts?: number[];
  /** The uploaded files: list parts written, files and bytes listed, where the listing goes on. */
  fileParts?: number;
  files?: number;
  fileBytes?: number;
  fileCursor?: string;
}

export const exportPrefix = (tenantId: string, jobId: string) => `exports/${tenantId}/${jobId}/`;
const prefix = exportPrefix;

async function* partRows(o: OpCtx, job: Job, t: number, count: number): AsyncGenerator<Row[]> {
  for (let i = 0; i < count; i++) {
    const obj = await o.env.FILES.get(`${prefix(job.tenantId, job.id)}parts/${t}-${i}.json`);
    if (!obj) throw new Error(`missing export part ${t}-${i}`);
    yield (await obj.json()) as Row[];
  }
}

const cell = (v: unknown) =>
  v && typeof v === "object" ? (v as { $base64: string }).$base64 : (v as string | number | null);

async function* jsonText(o: OpCtx, job: Job, table: TableInfo, t: number, count: number) {
  yield "[";
  let first = true;
  for await (const rows of partRows(o, job, t, count)) {
    const text = rows
      .map((r) => JSON.stringify(Object.fromEntries(table.columns.map((col, i) => [col, r[i]]))))
      .join(",\n");
    yield (first ? "\n" : ",\n") + text;
    first = false;
  }
  yield "\n]\n";
}

async function* csvBytes(o: OpCtx, job: Job, table: TableInfo, t: number, count: number) {
  yield toCsv([table.columns]);
  for await (const rows of partRows(o, job, t, count)) yield toCsv(rows.map((r) => r.map(cell))).subarray(3);
}

async function* once(text: string) {
  yield text;
}

export async function pack(
  o: OpCtx,
  job: Job,
  c: ExportCursor,
  tenant: typeof tenants.$inferSelect,
): Promise<Job> {
  const date = new Date(o.now).toISOString().slice(0, 10).replaceAll("-", "");
  const fileName = `${tenant.slug}-du-lieu-${date}.zip`;
  const sink = new ZipToR2(o.env.FILES, `${prefix(job.tenantId, job.id)}${fileName}`);
  try {
    const manifest = {
      tenant: {
        id: tenant.id,
        slug: tenant.slug,
        name: tenant.name,
        kind: tenant.kind,
        province: tenant.province,
      },
      generatedAt: new Date(o.now).toISOString(),
      tables: c.counts,
      excludedTables: [...SECRET_TABLES],
      excludedColumns: c.dropped,
      files: { count: c.files ?? 0, bytes: c.fileBytes ?? 0, folder: "files/", index: "files.json" },
    };
    await sink.file("manifest.json", once(JSON.stringify(manifest, null, 2)));
    await sink.file("README.txt", once(README));
    for (const [t, table] of (c.tables ?? []).entries()) {
      const count = c.parts?.[t] ?? 0;
      await sink.file(`json/${table.name}.json`, jsonText(o, job, table, t, count));
      await sink.file(`csv/${table.name}.csv`, csvBytes(o, job, table, t, count));
    }
    await packFiles(o, job, c, prefix(job.tenantId, job.id), sink);
    const { bytes } = await sink.finish();
    await purgeFiles(o, `${prefix(job.tenantId, job.id)}parts/`);
    return {
      ...job,
      status: "done",
      done: job.total,
      result: { fileName, bytes, expiresAt: o.now + EXPORT_TTL_MS },
    };
  } catch (err) {
    await sink.abort();
    throw err;
  }
}

const README = `Dữ liệu xuất từ hệ thống Gương mẫu.

- manifest.json: đơn vị, thời điểm xuất, số dòng của từng bảng.
- json/<bảng>.json: mỗi bảng một mảng JSON, mỗi dòng một đối tượng (tên cột giữ nguyên như trong cơ sở dữ liệu).
- csv/<bảng>.csv: cùng dữ liệu dạng CSV (UTF-8, phân tách bằng dấu phẩy) để mở bằng Excel.
- files/: các tệp đã tải lên (ảnh, PDF minh chứng của mô hình…), giữ nguyên nội dung.
- files.json: danh sách các tệp đó: đường dẫn trong tệp nén, kích thước, loại tệp, thời điểm tải lên
  và dòng dữ liệu tương ứng (ví dụ bảng exemplar_model_files, cột id; tên tệp gốc ở cột file_name).

Thời gian lưu dưới dạng số mili giây kể từ 01/01/1970 (UTC).
Không gồm: phiên đăng nhập, liên kết đặt mật khẩu, mã băm mật khẩu, khóa bí mật và khóa nhận thông báo của thiết bị.
`;
