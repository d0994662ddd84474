// Minimal ZIP access on top of fflate. Reading walks the central directory ourselves so the big
// worksheet part can be inflated chunk by chunk instead of materialising it (Workers have 128 MB);
// writing streams each part through fflate's Zip so only compressed bytes are kept in memory.
import { Inflate, Zip, ZipDeflate } from "fflate";
import { SpreadsheetError } from "./errors";
import { concatBytes } from "./util";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const OLE_SIG = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * What an uploaded XLSX may hold, checked on the central directory before anything is inflated and
 * again while inflating (a part that inflates past its declared size is corrupt): a zip bomb fails in
 * milliseconds instead of keeping a Worker busy for minutes.
 */
export const ZIP_LIMITS = {
  /** Entries in the archive (a spreadsheet has a few dozen). */
  entries: 1_000,
  /** Uncompressed bytes of one part (a worksheet of about 100,000 rows × 20 columns). */
  partBytes: 96 * 1024 * 1024,
  /** Uncompressed bytes of all parts together. */
  totalBytes: 192 * 1024 * 1024,
  /** Uncompressed ÷ compressed of a part above 8 MB: spreadsheet XML compresses about 10–30 times. */
  ratio: 200,
};
const RATIO_FROM = 8 * 1024 * 1024;
const MB = 1024 * 1024;

function tooLarge(what: string): SpreadsheetError {
  return new SpreadsheetError(
    "too_large",
    `Tệp XLSX khi giải nén vượt giới hạn cho phép (${what}). Vui lòng kiểm tra lại tệp hoặc chia nhỏ tệp.`,
  );
}

/** Refuses an entry whose declared size or compression ratio is beyond ZIP_LIMITS. */
function checkEntry(e: ZipEntry): void {
  if (e.size > ZIP_LIMITS.partBytes)
    throw tooLarge(`phần “${e.name}” ${Math.ceil(e.size / MB)} MB, tối đa ${ZIP_LIMITS.partBytes / MB} MB`);
  if (e.method === 8 && e.size > RATIO_FROM && e.size > e.compressedSize * ZIP_LIMITS.ratio)
    throw tooLarge(`phần “${e.name}” nén hơn ${ZIP_LIMITS.ratio} lần`);
}

function corrupt(cause?: unknown): SpreadsheetError {
  return new SpreadsheetError("corrupt", undefined, { cause });
}

/** Lists entries by name (backslashes normalised to `/`, as some broken writers use them). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (OLE_SIG.every((b, i) => bytes[i] === b)) throw new SpreadsheetError("legacy_format");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (max comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  if (count > ZIP_LIMITS.entries) throw tooLarge(`${count} phần, tối đa ${ZIP_LIMITS.entries}`);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CD_SIG) throw corrupt();
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/");
    entries.set(name, {
      name,
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      headerOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  let total = 0;
  for (const e of entries.values()) {
    checkEntry(e);
    total += e.size;
  }
  if (total > ZIP_LIMITS.totalBytes)
    throw tooLarge(`${Math.ceil(total / MB)} MB, tối đa ${ZIP_LIMITS.totalBytes / MB} MB`);
  return entries;
}

function compressedData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const h = e.headerOffset;
  if (h + 30 > bytes.length) throw corrupt();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(h, true) !== LOCAL_SIG) throw corrupt();
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  // 0xFFFFFFFF means ZIP64, which no spreadsheet we accept needs.
  if (e.compressedSize === 0xffffffff || start + e.compressedSize > bytes.length) throw corrupt();
  if (e.method !== 0 && e.method !== 8) throw corrupt();
  return bytes.subarray(start, start + e.compressedSize);
}

/** Whole content of a (small) entry, inflated within its declared size. */
export function readEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  return concatBytes([...entryChunks(bytes, e)]);
}

/** Content of an entry as a sequence of decompressed chunks, inflating lazily. */
export function* entryChunks(bytes: Uint8Array, e: ZipEntry, sliceSize = 16 * 1024): Generator<Uint8Array> {
  checkEntry(e);
  const data = compressedData(bytes, e);
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += sliceSize) yield data.subarray(i, i + sliceSize);
    return;
  }
  let pending: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    // More than the directory declared: a lying header, the classic bomb. Stop before keeping it.
    if (produced > e.size) throw corrupt();
    if (chunk.length > 0) pending.push(chunk);
  });
  for (let i = 0; i < data.length || i === 0; i += sliceSize) {
    try {
      inflater.push(data.subarray(i, i + sliceSize), i + sliceSize >= data.length);
    } catch (cause) {
      throw corrupt(cause);
    }
    const ready = pending;
    pending = [];
    yield* ready;
  }
}

/** Streaming ZIP writer; fflate's Zip with ZipDeflate runs synchronously. */
export class ZipWriter {
  private readonly out: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();
  // DOS timestamps cannot go below 1980; the Workers clock reads 1970 outside a request.
  private readonly mtime = Math.max(Date.now(), Date.UTC(1980, 0, 2));

  constructor() {
    this.zip = new Zip((err, chunk) => {
      if (err) throw err;
      this.out.push(chunk);
    });
  }

  /** Adds an entry whose text is produced piece by piece; pieces are batched before compressing. */
  addText(name: string, pieces: Iterable<string>): void {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = this.mtime;
    this.zip.add(file);
    let buffer: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      buffer.push(piece);
      size += piece.length;
      if (size >= 256 * 1024) {
        file.push(this.encoder.encode(buffer.join("")));
        buffer = [];
        size = 0;
      }
    }
    file.push(this.encoder.encode(buffer.join("")), true);
  }

  finish(): Uint8Array {
    this.zip.end();
    return concatBytes(this.out);
  }
}
