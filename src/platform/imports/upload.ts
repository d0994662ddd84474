// An uploaded file on its way to storage, never held whole in the Worker's memory. A raw request body
// with a declared length is streamed to R2 as it arrives (FixedLengthStream); the file part of a
// multipart form arrives as a stream of unknown length (multipart.ts), stored in R2 parts of 5 MiB
// (one part in memory at a time) or, when smaller, in one put. The pipeline needs only the first
// bytes to tell a zip (XLSX) from text (CSV) before it stores anything.
import { ServiceError } from "../errors";

/** An uploaded file: whole in memory, or a stream of `size` bytes (unknown for a multipart part). */
export type UploadFile =
  | { name: string; bytes: Uint8Array }
  | { name: string; stream: ReadableStream<Uint8Array>; size?: number };

const HEAD = 8;
/** R2 multipart parts (all but the last the same size; R2's least is 5 MiB). */
export const PART_BYTES = 5 * 1024 * 1024;
const INCOMPLETE =
  "Tệp tải lên không trọn vẹn (số byte nhận được khác với kích thước đã khai báo). Vui lòng tải lên lại.";

export const tooLarge = (max: number) =>
  `Tệp nhập quá lớn (tối đa ${Math.round(max / (1024 * 1024))} MB). Vui lòng chia nhỏ tệp.`;
const refuseLarge = (max: number) =>
  new ServiceError("payload_too_large", tooLarge(max), { file: tooLarge(max) });

/** The declared size (undefined while unknown). */
export const uploadSize = (f: UploadFile) => ("bytes" in f ? f.bytes.length : f.size);

/** The first bytes of the file, and the whole of it to store (the bytes read to look are put back). */
export async function uploadHead(
  f: UploadFile,
): Promise<{ head: Uint8Array; body: Uint8Array | ReadableStream<Uint8Array> }> {
  if ("bytes" in f) return { head: f.bytes.subarray(0, HEAD), body: f.bytes };
  const reader = f.stream.getReader();
  const seen: Uint8Array[] = [];
  let length = 0;
  while (length < HEAD) {
    const next = await reader.read();
    if (next.done) break;
    seen.push(next.value);
    length += next.value.length;
  }
  const head = new Uint8Array(length);
  let at = 0;
  for (const part of seen) {
    head.set(part, at);
    at += part.length;
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.length) controller.enqueue(head);
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head: head.subarray(0, HEAD), body };
}

/**
 * Stores the file at `key` and answers its size: a stream of declared size goes through at that
 * length (400 when it ends short), one of unknown size in parts, refused (413) past `max` bytes.
 * A refused upload leaves nothing stored.
 */
export async function storeUpload(
  files: R2Bucket,
  key: string,
  body: Uint8Array | ReadableStream<Uint8Array>,
  size: number | undefined,
  max = Number.POSITIVE_INFINITY,
): Promise<number> {
  if (body instanceof Uint8Array) {
    await files.put(key, body);
    return body.length;
  }
  if (size === undefined) return storeParts(files, key, body, max);
  const fixed = new FixedLengthStream(size);
  // Both sides settle before deciding: a short body fails the pipe and then the put.
  const [piped, put] = await Promise.allSettled([
    body.pipeTo(fixed.writable),
    files.put(key, fixed.readable),
  ]);
  if (piped.status === "fulfilled" && put.status === "fulfilled") return size;
  await files.delete(key).catch(() => undefined);
  const cause = piped.status === "rejected" ? piped.reason : (put as PromiseRejectedResult).reason;
  throw new ServiceError("bad_request", INCOMPLETE, { file: INCOMPLETE }, { cause });
}

/** A stream of unknown length: filled 5 MiB parts go to an R2 multipart upload as they complete. */
async function storeParts(
  files: R2Bucket,
  key: string,
  body: ReadableStream<Uint8Array>,
  max: number,
): Promise<number> {
  const reader = body.getReader();
  let part = new Uint8Array(PART_BYTES);
  let filled = 0;
  let total = 0;
  let upload: R2MultipartUpload | null = null;
  const parts: R2UploadedPart[] = [];
  const send = async (bytes: Uint8Array) => {
    upload ??= await files.createMultipartUpload(key);
    parts.push(await upload.uploadPart(parts.length + 1, bytes));
  };
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      total += next.value.length;
      if (total > max) throw refuseLarge(max);
      let chunk = next.value;
      while (chunk.length) {
        const n = Math.min(chunk.length, PART_BYTES - filled);
        part.set(chunk.subarray(0, n), filled);
        filled += n;
        chunk = chunk.subarray(n);
        if (filled === PART_BYTES) {
          await send(part);
          part = new Uint8Array(PART_BYTES);
          filled = 0;
        }
      }
    }
    if (!upload) {
      await files.put(key, part.subarray(0, filled));
      return total;
    }
    if (filled > 0) await send(part.subarray(0, filled));
    await (upload as R2MultipartUpload).complete(parts);
    return total;
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    if (upload) await (upload as R2MultipartUpload).abort().catch(() => undefined);
    throw e;
  }
}
