import type { MemberStatus } from "../../domain/members";
// The parse step of an import, without the database: rows in, normalised chunks and error
// records out (through `store`), duplicates of a card number rejected on every occurrence.
import { formatViDate } from "../../lib/sheets";
import type { BulkRow } from "./members-bulk.queries";
import type { FileRow } from "./members.import-file";
import { type FieldKey, type HeaderMap, headerProblems, mapHeader } from "./members-roster.rules";
import { type UnitIndex, parseRow, templateValues } from "./members-import.rules";
import { CARD_RE, GENDER_LABEL, STATUS_LABEL } from "./members.inputs";
import type { ImportErrorOut } from "./members.outputs";
import { positionLabel } from "./members-positions.rules";

/** One rejected row: its values in template order and the reasons. */
export interface ErrorRecord extends ImportErrorOut {
  values: string[];
}

export interface ChunkStore {
  putChunk(i: number, json: string): Promise<void>;
  getChunk(i: number): Promise<(BulkRow & { r: number })[]>;
  putErrors(i: number, records: ErrorRecord[]): Promise<void>;
}

/** Rows per chunk: one atomic batch each; the JSON stays under D1's 2 MB per bound value. */
export const CHUNK_ROWS = 5000;
const CHUNK_BYTES = 1_000_000;
const ERROR_CHUNK = 5000;
const PREVIEW = 100;
const HEADER_SEARCH = 10;
const ROW_BITS = 2 ** 21;

export interface ParseResult {
  failure: string | null;
  notice: string | null;
  columns: FieldKey[];
  total: number;
  valid: number;
  invalid: number;
  chunks: number;
  errorChunks: number;
  preview: ImportErrorOut[];
}

export class RosterParser {
  private header: HeaderMap | null = null;
  /** Column indexes of the mapped fields (a row with none of them filled is skipped). */
  private mapped: number[] = [];
  private scanned = 0;
  private failure: string | null = null;
  /** card → (chunk + 1) · 2^21 + row; chunk 0 marks a row that was rejected anyway. */
  private seen = new Map<string, number>();
  private dupFirst = new Map<string, { row: number; chunk: number; later: number[] }>();
  private parts: string[] = [];
  private partBytes = 0;
  private chunk = 0;
  private errors: ErrorRecord[] = [];
  private errorChunk = 0;
  private preview: ImportErrorOut[] = [];
  private total = 0;
  private valid = 0;
  private invalid = 0;

  constructor(
    private readonly units: UnitIndex,
    private readonly unitCode: (id: string) => string,
    private readonly today: string,
    private readonly store: ChunkStore,
  ) {}

  /** Finished chunks and error chunks waiting to be stored (see flush). */
  private pending: (() => Promise<void>)[] = [];

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
    const header = this.header;
    if (this.mapped.every((i) => isBlank(r.cells[i]))) return true;
    this.total++;
    const res = parseRow(r, header, this.units, this.today);
    const card = "ok" in res ? res.ok.c : res.card;
    let errors = "ok" in res ? [] : res.errors;
    if (CARD_RE.test(card)) {
      const prev = this.seen.get(card);
      if (prev === undefined) this.seen.set(card, ("ok" in res ? this.chunk + 1 : 0) * ROW_BITS + r.row);
      else {
        const prevRow = prev % ROW_BITS;
        errors = [...errors, `Số thẻ ${card} trùng với dòng ${prevRow}.`];
        if (prev >= ROW_BITS) {
          const d = this.dupFirst.get(card) ?? {
            row: prevRow,
            chunk: Math.floor(prev / ROW_BITS) - 1,
            later: [],
          };
          d.later.push(r.row);
          this.dupFirst.set(card, d);
        }
      }
    }
    if ("ok" in res && errors.length === 0) {
      const json = `{"r":${r.row},${JSON.stringify(res.ok).slice(1)}`;
      this.parts.push(json);
      this.partBytes += json.length;
      this.valid++;
      if (this.parts.length >= CHUNK_ROWS || this.partBytes >= CHUNK_BYTES) this.closeChunk();
    } else {
      const name = "ok" in res ? res.ok.n : res.name;
      this.addError({
        row: r.row,
        cardNumber: card,
        fullName: name,
        errors,
        values: templateValues(r.cells, header),
      });
    }
    return true;
  }

  private findHeader(r: FileRow): boolean {
    if (r.cells.every(isBlank)) return true;
    this.header = mapHeader(r.cells);
    if (this.header) {
      this.mapped = Object.values(this.header.columns);
      const problems = headerProblems(this.header);
      if (problems.length) this.failure = problems.join(" ");
    } else if (++this.scanned >= HEADER_SEARCH) {
      this.failure =
        "Không tìm thấy dòng tiêu đề: cần các cột “Số thẻ đảng viên”, “Họ và tên”, “Chi bộ”. Hãy dùng tệp mẫu.";
    }
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

  private addError(e: ErrorRecord): void {
    this.invalid++;
    if (this.preview.length < PREVIEW)
      this.preview.push({ row: e.row, cardNumber: e.cardNumber, fullName: e.fullName, errors: e.errors });
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

  /** Writes what is left, takes the first occurrences of duplicated cards out of their chunks. */
  async finish(): Promise<ParseResult> {
    if (!this.failure && !this.header)
      this.failure = "Tệp không có dữ liệu. Hãy tải tệp mẫu, điền danh sách rồi tải lên lại.";
    if (!this.failure && this.total === 0) this.failure = "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.";
    this.closeChunk();
    await this.flush();
    const byChunk = new Map<number, Map<string, number[]>>();
    for (const [card, d] of this.dupFirst) {
      const m = byChunk.get(d.chunk) ?? new Map<string, number[]>();
      m.set(card, d.later);
      byChunk.set(d.chunk, m);
    }
    const dupPreview: ImportErrorOut[] = [];
    for (const [i, cards] of byChunk) {
      const rows = await this.store.getChunk(i);
      const keep = rows.filter((x) => !cards.has(x.c));
      for (const x of rows.filter((y) => cards.has(y.c))) {
        const errors = [`Số thẻ ${x.c} trùng với dòng ${cards.get(x.c)!.join(", ")}.`];
        this.valid--;
        this.invalid++;
        this.errors.push({ row: x.r, cardNumber: x.c, fullName: x.n, errors, values: this.valuesOf(x) });
        dupPreview.push({ row: x.r, cardNumber: x.c, fullName: x.n, errors });
      }
      await this.store.putChunk(i, JSON.stringify(keep));
    }
    this.closeErrors();
    await this.flush();
    const h = this.header;
    return {
      failure: this.failure,
      notice: h?.ignored.length ? `Các cột không dùng đến đã được bỏ qua: ${h.ignored.join(", ")}.` : null,
      columns: h ? (Object.keys(h.columns) as FieldKey[]) : [],
      total: this.total,
      valid: this.valid,
      invalid: this.invalid,
      chunks: this.chunk,
      errorChunks: this.errorChunk,
      preview: [...this.preview, ...dupPreview].sort((a, b) => a.row - b.row).slice(0, PREVIEW),
    };
  }

  private valuesOf(x: BulkRow): string[] {
    const d = (s: string | null) => (s ? formatViDate(s) : "");
    return [
      x.c,
      x.n,
      d(x.b),
      x.g ? GENDER_LABEL[x.g as "male" | "female"] : "",
      this.unitCode(x.u),
      x.p.map(positionLabel).join("; "),
      x.v.map(positionLabel).join("; "),
      d(x.j),
      d(x.o),
      STATUS_LABEL[x.t as MemberStatus] ?? "",
    ];
  }
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
