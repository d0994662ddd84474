// A multipart/form-data upload read as it arrives: the small text fields before the file are
// collected (at most FIELDS_MAX bytes in all), and the file part is handed on as a stream that ends
// at the next boundary. Nothing holds the file whole: the reader keeps one network chunk plus the
// length of the boundary. Fields after the file are not read.
import { ServiceError, invalid } from "../errors";

/** The text fields before the file, and the file's name and bytes as they arrive (null: no file). */
export interface StreamedForm {
  fields: Record<string, string>;
  file: { name: string; stream: ReadableStream<Uint8Array> } | null;
}

const FIELDS_MAX = 64 * 1024;
const HEADERS_MAX = 8 * 1024;
const CRLF = new Uint8Array([13, 10]);
const BROKEN =
  "Dữ liệu biểu mẫu (multipart/form-data) không hợp lệ hoặc không trọn vẹn. Vui lòng tải lên lại.";
const bytesOf = (s: string) => new TextEncoder().encode(s);
const broken = () => new ServiceError("bad_request", BROKEN, { file: BROKEN });

/** The boundary of a multipart Content-Type (its case kept), or null. */
export function boundaryOf(contentType: string): string | null {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Where `needle` starts in `hay` at or after `from`, or -1. */
function find(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0]!;
  for (
    let i = hay.indexOf(first, from);
    i !== -1 && i <= hay.length - needle.length;
    i = hay.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** A byte reader over a stream with a small look-ahead buffer. */
class Scanner {
  private buf: Uint8Array;
  private done = false;
  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    start: Uint8Array,
  ) {
    this.buf = start;
  }
  get ended() {
    return this.done && this.buf.length === 0;
  }
  /** Reads one more chunk into the buffer; false at the end of the stream. */
  async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.reader.read();
    if (next.done) {
      this.done = true;
      return false;
    }
    const joined = new Uint8Array(this.buf.length + next.value.length);
    joined.set(this.buf);
    joined.set(next.value, this.buf.length);
    this.buf = joined;
    return true;
  }
  take(n: number): Uint8Array {
    const out = this.buf.slice(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }
  /** The bytes before `delim` (which is consumed), reading at most `max` of them. */
  async until(delim: Uint8Array, max: number): Promise<Uint8Array> {
    for (;;) {
      const at = find(this.buf, delim);
      if (at !== -1 && at <= max) {
        const out = this.take(at);
        this.take(delim.length);
        return out;
      }
      if (at !== -1 || this.buf.length > max + delim.length || !(await this.more())) throw broken();
    }
  }
  /** At least `n` bytes buffered (false when the stream ends first). */
  async has(n: number): Promise<boolean> {
    while (this.buf.length < n) if (!(await this.more())) return false;
    return true;
  }
  peek(n: number): Uint8Array {
    return this.buf.subarray(0, n);
  }
  /** The bytes up to the next `delim` as a stream, passed on chunk by chunk; the delimiter is consumed. */
  streamUntil(delim: Uint8Array): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        for (;;) {
          const at = find(this.buf, delim);
          if (at !== -1) {
            if (at > 0) controller.enqueue(this.take(at));
            this.take(delim.length);
            return controller.close();
          }
          // Everything but a tail that may be the start of the delimiter can go on.
          const safe = this.buf.length - (delim.length - 1);
          if (safe > 0) return controller.enqueue(this.take(safe));
          if (!(await this.more())) return controller.error(broken());
        }
      },
      cancel: (reason) => this.reader.cancel(reason),
    });
  }
}

interface PartHead {
  name: string;
  fileName: string | null;
}

/** The field name and file name of a part's headers (filename* of RFC 5987 preferred). */
function partHead(raw: Uint8Array): PartHead {
  const text = new TextDecoder().decode(raw);
  const disposition = text.split("\r\n").find((l) => /^content-disposition\s*:/i.test(l)) ?? "";
  const param = (key: string) => {
    const m = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, "i").exec(disposition);
    return m ? (m[1] ?? m[2] ?? "").replace(/\\(.)/g, "$1") : null;
  };
  const star = param("filename\\*");
  let fileName = param("filename");
  if (star !== null) {
    const m = /^utf-8''(.*)$/i.exec(star);
    try {
      if (m) fileName = decodeURIComponent(m[1]!);
    } catch {
      // A badly encoded filename* leaves the plain filename.
    }
  }
  return { name: param("name") ?? "", fileName };
}

/**
 * Reads a multipart body up to its part `fileField` (a part with a file name). Throws 400 on a body
 * that is not well formed; the file's stream errors (400) when the body ends before its boundary.
 */
export async function streamForm(
  body: ReadableStream<Uint8Array>,
  boundary: string,
  fileField = "file",
): Promise<StreamedForm> {
  // A CRLF before the first delimiter lets one search find it, with or without a preamble.
  const scan = new Scanner(body.getReader(), CRLF);
  const delim = bytesOf(`\r\n--${boundary}`);
  const fields: Record<string, string> = {};
  let fieldBytes = 0;
  await scan.until(delim, FIELDS_MAX);
  for (;;) {
    // After a delimiter: "--" closes the body; otherwise the rest of the line, then the headers.
    if (!(await scan.has(2))) throw broken();
    const close = scan.peek(2);
    if (close[0] === 45 && close[1] === 45) return { fields, file: null };
    await scan.until(CRLF, 256);
    const head = partHead(await scan.until(bytesOf("\r\n\r\n"), HEADERS_MAX));
    if (head.name === fileField && head.fileName !== null) {
      if (head.fileName === "") {
        await scan.until(delim, FIELDS_MAX);
        continue;
      }
      return { fields, file: { name: head.fileName.normalize("NFC"), stream: scan.streamUntil(delim) } };
    }
    const value = await scan.until(delim, FIELDS_MAX - fieldBytes);
    fieldBytes += value.length;
    if (head.fileName === null && head.name && !(head.name in fields))
      fields[head.name] = new TextDecoder().decode(value).normalize("NFC");
  }
}

/** The multipart body of a request as a StreamedForm (400 without a boundary or a body). */
export function requestForm(req: Request, fileField = "file"): Promise<StreamedForm> {
  const boundary = boundaryOf(req.headers.get("content-type") ?? "");
  if (!boundary || !req.body) throw invalid({ file: BROKEN }, BROKEN);
  return streamForm(req.body, boundary, fileField);
}
