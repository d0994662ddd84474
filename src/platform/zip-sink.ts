import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** R2 multipart parts must all have the same size (≥ 5 MiB) except the last. */
export const PART_SIZE = 8 * 1024 * 1024;

/**
 * Streams a zip into one R2 object with bounded memory: fflate deflates each entry as it is
 * pushed, and full parts go to a multipart upload (a small archive is a single put).
 */
export class ZipToR2 {
  private zip: Zip;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private upload: R2MultipartUpload | null = null;
  private parts: R2UploadedPart[] = [];
  private error: Error | null = null;
  private ended = false;
  bytes = 0;

  constructor(
    private readonly bucket: R2Bucket,
    private readonly key: string,
    private readonly contentType = "application/zip",
  ) {
    this.zip = new Zip((err, data, final) => {
      if (err) this.error = err;
      else {
        this.pending.push(data);
        this.pendingBytes += data.length;
        this.bytes += data.length;
        if (final) this.ended = true;
      }
    });
  }

  get uploadId(): string | null {
    return this.upload?.uploadId ?? null;
  }

  /**
   * Adds one entry from a sequence of text or byte chunks; `store` keeps the bytes as they are
   * (for files compressed already: images, PDFs), which costs only the checksum.
   */
  async file(
    name: string,
    chunks: AsyncIterable<string | Uint8Array>,
    opts: { store?: boolean } = {},
  ): Promise<void> {
    const entry = opts.store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    const enc = new TextEncoder();
    let prev: Uint8Array | null = null;
    for await (const c of chunks) {
      if (prev) {
        entry.push(prev, false);
        await this.drain(false);
      }
      prev = typeof c === "string" ? enc.encode(c) : c;
    }
    entry.push(prev ?? new Uint8Array(0), true);
    await this.drain(false);
  }

  async finish(): Promise<{ bytes: number }> {
    this.zip.end();
    if (!this.ended) throw new Error("zip did not end");
    await this.drain(true);
    return { bytes: this.bytes };
  }

  private async drain(last: boolean): Promise<void> {
    if (this.error) throw this.error;
    while (this.pendingBytes >= PART_SIZE) await this.uploadPart(this.take(PART_SIZE));
    if (!last) return;
    const rest = this.take(this.pendingBytes);
    const meta = { httpMetadata: { contentType: this.contentType } };
    if (!this.upload) {
      await this.bucket.put(this.key, rest, meta);
      return;
    }
    if (rest.length) await this.uploadPart(rest);
    await this.upload.complete(this.parts);
  }

  private async uploadPart(bytes: Uint8Array) {
    this.upload ??= await this.bucket.createMultipartUpload(this.key, {
      httpMetadata: { contentType: this.contentType },
    });
    this.parts.push(await this.upload.uploadPart(this.parts.length + 1, bytes));
  }

  private take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let off = 0;
    while (off < n) {
      const head = this.pending[0]!;
      const k = Math.min(head.length, n - off);
      out.set(head.subarray(0, k), off);
      off += k;
      if (k === head.length) this.pending.shift();
      else this.pending[0] = head.subarray(k);
    }
    this.pendingBytes -= n;
    return out;
  }

  /** Best effort: an abandoned multipart upload is dropped. */
  async abort(): Promise<void> {
    await this.upload?.abort().catch(() => undefined);
  }
}
