/** Counts D1 round trips and their time for one request (exposed as Server-Timing `d1`). */
export class Meter {
  calls = 0;
  ms = 0;
  async time<T>(fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    this.calls++;
    try {
      return await fn();
    } finally {
      this.ms += performance.now() - start;
    }
  }
  header(): string {
    return `d1;dur=${this.ms.toFixed(1)};desc="${this.calls}"`;
  }
}

type Stmt = D1PreparedStatement;

class MeteredStatement {
  constructor(
    readonly inner: Stmt,
    private readonly meter: Meter,
  ) {}
  bind(...values: unknown[]): MeteredStatement {
    return new MeteredStatement(this.inner.bind(...values), this.meter);
  }
  first<T>(col?: string): Promise<T | null> {
    return this.meter.time(() => (col === undefined ? this.inner.first<T>() : this.inner.first<T>(col)));
  }
  run<T>(): Promise<D1Result<T>> {
    return this.meter.time(() => this.inner.run<T>());
  }
  all<T>(): Promise<D1Result<T>> {
    return this.meter.time(() => this.inner.all<T>());
  }
  raw<T>(opts?: { columnNames?: boolean }): Promise<T[]> {
    // biome-ignore lint/suspicious/noExplicitAny: D1's raw() overloads differ only by the columnNames literal
    return this.meter.time(() => this.inner.raw(opts as any) as Promise<T[]>);
  }
}

/** Wraps a D1 binding so that every statement and batch counts as one round trip. */
export function meteredD1(db: D1Database, meter: Meter): D1Database {
  const wrapped = {
    prepare: (sql: string) => new MeteredStatement(db.prepare(sql), meter),
    batch: (stmts: MeteredStatement[]) => meter.time(() => db.batch(stmts.map((s) => s.inner))),
    exec: (sql: string) => meter.time(() => db.exec(sql)),
    dump: () => db.dump(),
    withSession: (c?: string) => db.withSession(c),
  };
  return wrapped as unknown as D1Database;
}
