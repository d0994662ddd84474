// An uploaded file on its way to storage. A raw request body with a declared length is streamed to R2
// as it arrives, never held whole in the Worker's memory; a multipart form field is already in memory
// (the form parser reads it) and is stored as is. The pipeline needs only the first bytes to tell a
// zip (XLSX) from text (CSV) before it stores anything.
import { ServiceError } from "../errors";

/** An uploaded file: whole in memory, or a request body of `size` bytes still arriving. */
export type UploadFile =
  | { name: string; bytes: Uint8Array }
  | { name: string; stream: ReadableStream<Uint8Array>; size: number };

const HEAD = 8;
const INCOMPLETE =
  "Tệp tải lên không trọn vẹn (số byte nhận được khác với kích thước đã khai báo). Vui lòng tải lên lại.";

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

/** Stores the file at `key`: a stream goes through at its declared length, or the upload is refused (400). */
export async function storeUpload(
  files: R2Bucket,
  key: string,
  body: Uint8Array | ReadableStream<Uint8Array>,
  size: number,
): Promise<void> {
  if (body instanceof Uint8Array) {
    await files.put(key, body);
    return;
  }
  const fixed = new FixedLengthStream(size);
  // Both sides settle before deciding: a short body fails the pipe and then the put.
  const [piped, put] = await Promise.allSettled([
    body.pipeTo(fixed.writable),
    files.put(key, fixed.readable),
  ]);
  if (piped.status === "fulfilled" && put.status === "fulfilled") return;
  await files.delete(key).catch(() => undefined);
  const cause = piped.status === "rejected" ? piped.reason : (put as PromiseRejectedResult).reason;
  throw new ServiceError("bad_request", INCOMPLETE, { file: INCOMPLETE }, { cause });
}
