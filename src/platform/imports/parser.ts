// The parse step of an import, without the database: rows in, good rows in chunks and rejected
// rows out (through `store`); a value that must be unique is rejected on every row that repeats it.
import type { Ctx } from "../context";
import type { FileRow } from "./files";
import type { AnyImportSpec, PreviewRow, RejectedRow, RowError, Stored } from "./spec";

export interface ChunkStore {
  putChunk(i: number, json: string): Promise<void>;
  getChunk(i: number): Promise<Stored<unknown>[]>;
  putErrors(i: number, records: RejectedRow[]): Promise<void>;
}

const CHUNK_BYTES = 1_000_000;
const ERROR_CHUNK = 5000;
const PREVIEW = 100;
const HEADER_SEARCH = 10;
const ROW_BITS = 2 ** 21;

export interface ParseResult {
  failure: string | null;
  notice: string | null;
  columns: string[];
  total: number;
  valid: number;
  invalid: number;
  chunks: number;
  errorChunks: number;
  preview: PreviewRow[];
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export class ImportParser {
  private header: unknown = null;
  /** Column indexes of the mapped fields (a row with none of them filled is skipped). */
  private mapped: number[] = [];
  private scanned = 0;
  private failure: string | null = null;
  /** unique → (chunk + 1) · 2^21 + row; chunk 0 marks a row that was rejected anyway. */
  private seen = new Map<string, number>();
  private dupFirst = new Map<string, { chunk: number; later: number[] }>();
  private parts: string[] = [];
  private partBytes = 0;
  private chunk = 0;
  private errors: RejectedRow[] = [];
  private errorChunk = 0;
  private preview: PreviewRow[] = [];
  private total = 0;
  private valid = 0;
  private invalid = 0;
  /** Finished chunks and error chunks waiting to be stored (see flush). */
  private pending: (() => Promise<void>)[] = [];

  constructor(
    private readonly spec: AnyImportSpec,
    private readonly prep: unknown,
    private readonly store: ChunkStore,
  ) {}

  /** True when push() has completed chunks that flush() must store before going on. */
  get full(): boolean {
    return this.pending.length > 0;
  }

  async flush(): Promise<void> {
    const jobs = this.pending;
    this.pending = [];
    for (const job of jobs) await job();
  }

  /**
   * Takes one row; false once the file is known to be unusable (no header, missing columns).
   * Synchronous, so that a million rows cost no million promises: call flush() when full.
   */
  push(r: FileRow): boolean {
    if (this.failure) return false;
    if (!this.header) return this.findHeader(r);
    if (this.mapped.every((i) => isBlank(r.cells[i]))) return true;
    this.total++;
    const res = this.spec.parseRow(r, this.header, this.prep);
    let errors = res.errors;
    if (res.unique !== undefined) {
      const prev = this.seen.get(res.unique);
      const good = res.ok !== undefined && errors.length === 0;
      if (prev === undefined) this.seen.set(res.unique, (good ? this.chunk + 1 : 0) * ROW_BITS + r.row);
      else {
        errors = [...errors, { message: this.spec.unique!.message(res.unique, [prev % ROW_BITS]) }];
        if (prev >= ROW_BITS) {
          const d = this.dupFirst.get(res.unique) ?? { chunk: Math.floor(prev / ROW_BITS) - 1, later: [] };
          d.later.push(r.row);
          this.dupFirst.set(res.unique, d);
        }
      }
    }
    if (res.ok !== undefined && errors.length === 0) {
      const json = `{"r":${r.row},${JSON.stringify(res.ok).slice(1)}`;
      this.parts.push(json);
      this.partBytes += json.length;
      this.valid++;
      if (this.parts.length >= this.spec.limits.chunkRows || this.partBytes >= CHUNK_BYTES) this.closeChunk();
    } else {
      const values = this.spec.cellValues(r.cells, this.header);
      this.addError({ row: r.row, key: res.key, name: res.name, errors, values });
    }
    return true;
  }

  private findHeader(r: FileRow): boolean {
    if (r.cells.every(isBlank)) return true;
    // A row with one filled cell is a title line (our exports put a title block above the header).
    const filled = r.cells.filter((c) => !isBlank(c)).length;
    const h = filled > 1 ? this.spec.header.map(r.cells) : null;
    if (h) {
      this.header = h;
      this.mapped = this.spec.header.mapped(h);
      const problems = this.spec.header.problems(h);
      if (problems.length) this.failure = problems.join(" ");
    } else if (++this.scanned >= HEADER_SEARCH) this.failure = this.spec.header.missing;
    return !this.failure;
  }

  private closeChunk(): void {
    if (this.parts.length === 0) return;
    const i = this.chunk++;
    const json = `[${this.parts.join(",")}]`;
    this.pending.push(() => this.store.putChunk(i, json));
    this.parts = [];
    this.partBytes = 0;
  }

  private addError(e: RejectedRow, preview = this.preview): void {
    this.invalid++;
    if (preview.length < PREVIEW) preview.push({ row: e.row, key: e.key, name: e.name, errors: e.errors });
    this.errors.push(e);
    if (this.errors.length >= ERROR_CHUNK) this.closeErrors();
  }

  private closeErrors(): void {
    if (this.errors.length === 0) return;
    const i = this.errorChunk++;
    const records = this.errors;
    this.pending.push(() => this.store.putErrors(i, records));
    this.errors = [];
  }

  /**
   * Writes what is left; takes out of their chunks the first rows of repeated unique values and
   * the rows the feature's database check rejects.
   */
  async finish(ctx: Ctx): Promise<ParseResult> {
    if (!this.failure && !this.header)
      this.failure = this.scanned
        ? this.spec.header.missing
        : "Tệp không có dữ liệu. Hãy tải tệp mẫu, điền danh sách rồi tải lên lại.";
    if (!this.failure && this.total === 0) this.failure = "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.";
    this.closeChunk();
    await this.flush();
    const dups = new Map<number, Map<string, number[]>>();
    for (const [unique, d] of this.dupFirst) {
      const m = dups.get(d.chunk) ?? new Map<string, number[]>();
      m.set(unique, d.later);
      dups.set(d.chunk, m);
    }
    const late: PreviewRow[] = [];
    const check = this.failure ? undefined : this.spec.check?.bind(this.spec);
    for (let i = 0; i < this.chunk; i++) {
      const repeated = dups.get(i);
      if (!repeated && !check) continue;
      const rows = await this.store.getChunk(i);
      const found = check ? await check(ctx, rows) : new Map<number, RowError[]>();
      const keep = rows.filter((x) => {
        const errors: RowError[] = [...(found.get(x.r) ?? [])];
        const unique = repeated && this.spec.unique!.of(x);
        const later = unique ? repeated.get(unique) : undefined;
        if (unique && later) errors.push({ message: this.spec.unique!.message(unique, later) });
        if (!errors.length) return true;
        this.valid--;
        const who = this.spec.describe(x);
        const values = this.spec.rowValues(x, this.prep);
        this.addError({ row: x.r, ...who, errors, values }, late);
        return false;
      });
      if (keep.length !== rows.length) await this.store.putChunk(i, JSON.stringify(keep));
    }
    this.closeErrors();
    await this.flush();
    const h = this.header;
    return {
      failure: this.failure,
      notice: h ? this.spec.header.notice(h) : null,
      columns: h ? this.spec.header.fields(h) : [],
      total: this.total,
      valid: this.valid,
      invalid: this.invalid,
      chunks: this.chunk,
      errorChunks: this.errorChunk,
      preview: [...this.preview, ...late].sort((a, b) => a.row - b.row).slice(0, PREVIEW),
    };
  }
}
