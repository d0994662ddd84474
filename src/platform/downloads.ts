// File responses for downloads (spreadsheets, documents, archives): the real content type and a
// Content-Disposition whose filename has an ASCII fallback and the UTF-8 original (RFC 6266 / RFC 5987).
import type { Context } from "hono";
import { DOCX_CONTENT_TYPE } from "../lib/docx";

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  docx: DOCX_CONTENT_TYPE,
  zip: "application/zip",
} as const;
export type FileKind = keyof typeof CONTENT_TYPES;

/** "Báo cáo Đảng bộ 2026.xlsx" → "Bao-cao-Dang-bo-2026.xlsx" */
export function asciiFilename(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-(?=\.)|-$/g, "");
  return base || "tep";
}

export function contentDisposition(filename: string): string {
  const star = encodeURIComponent(filename).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFilename(filename)}"; filename*=UTF-8''${star}`;
}

/** A file to send: its bytes (or a stream of `size` bytes), its kind and its name without extension. */
export interface DownloadFile {
  body: Uint8Array | ReadableStream;
  kind: FileKind;
  name: string;
  size?: number;
}

/** Sends a file as a download named `name`.`kind` (characters a file system refuses become "-"). */
export function download(c: Context, f: DownloadFile): Response {
  return c.body(f.body as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": CONTENT_TYPES[f.kind],
    "Content-Disposition": contentDisposition(`${f.name.replace(/[\\/:*?"<>|]+/g, "-")}.${f.kind}`),
    ...(f.size === undefined ? {} : { "Content-Length": String(f.size) }),
  });
}
