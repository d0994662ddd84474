/**
 * Generic access to every tenant-data table of one data database, found at run time in
 * sqlite_master: moves, exports, deletion and statistics work on tables added by any
 * feature without knowing them. Every table that holds tenant rows has a `tenant_id` column.
 */

export interface TableInfo {
  name: string;
  columns: string[];
  /** Tables this one references (foreign keys), so parents are copied first. */
  parents: string[];
}

export interface TableSet {
  tables: TableInfo[];
  /** Tables without a tenant_id column, or virtual ones: not tenant data, never touched. */
  skipped: string[];
}

export type Row = unknown[];

/** Double-quoted SQL identifier. */
export const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

const SYSTEM = `m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND substr(m.name, 1, 4) <> '_cf_' AND m.name <> 'd1_migrations'`;

/** The tenant tables of a database, parents before children. One round trip. */
export async function tenantTables(db: D1Database): Promise<TableSet> {
  const [cols, fks] = await db.batch<{ t: string; s: string; c: string; parent?: string }>([
    db.prepare(
      `SELECT m.name AS t, m.sql AS s, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE ${SYSTEM} ORDER BY m.name, p.cid`,
    ),
    db.prepare(
      `SELECT m.name AS t, f."table" AS parent FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE ${SYSTEM}`,
    ),
  ]);
  const byName = new Map<string, { sql: string; columns: string[] }>();
  for (const r of cols!.results) {
    const e = byName.get(r.t) ?? { sql: r.s ?? "", columns: [] };
    e.columns.push(r.c);
    byName.set(r.t, e);
  }
  const tables: TableInfo[] = [];
  const skipped: string[] = [];
  for (const [name, e] of byName) {
    if (!e.columns.includes("tenant_id") || /^\s*CREATE\s+VIRTUAL/i.test(e.sql)) skipped.push(name);
    else if (/WITHOUT\s+ROWID/i.test(e.sql)) throw new Error(`table ${name} has no rowid`);
    else tables.push({ name, columns: e.columns, parents: [] });
  }
  for (const r of fks!.results) {
    const t = tables.find((x) => x.name === r.t);
    if (t && r.parent && r.parent !== r.t && !t.parents.includes(r.parent)) t.parents.push(r.parent);
  }
  return { tables: parentsFirst(tables), skipped: skipped.sort() };
}

function parentsFirst(tables: TableInfo[]): TableInfo[] {
  const out: TableInfo[] = [];
  const placed = new Set<string>();
  const names = new Set(tables.map((t) => t.name));
  let rest = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (rest.length) {
    const ready = rest.filter((t) => t.parents.every((p) => placed.has(p) || !names.has(p)));
    // A reference cycle: take the rest in name order rather than loop forever.
    const take = ready.length ? ready : rest;
    for (const t of take) {
      out.push(t);
      placed.add(t.name);
    }
    rest = rest.filter((t) => !placed.has(t.name));
  }
  return out;
}

/** The next rows of a tenant after `afterRowid`, in rowid order: [rowid, ...columns]. */
export function readChunkStmt(
  db: D1Database,
  t: TableInfo,
  tenantId: string,
  afterRowid: number,
  limit: number,
) {
  return db
    .prepare(
      `SELECT rowid, ${t.columns.map(q).join(", ")} FROM ${q(t.name)} WHERE tenant_id = ? AND rowid > ? ORDER BY rowid LIMIT ?`,
    )
    .bind(tenantId, afterRowid, limit);
}

export async function readChunk(
  db: D1Database,
  t: TableInfo,
  tenantId: string,
  afterRowid: number,
  limit: number,
): Promise<{ rows: Row[]; lastRowid: number }> {
  const raw = await readChunkStmt(db, t, tenantId, afterRowid, limit).raw<unknown[]>();
  const last = raw[raw.length - 1];
  return { rows: raw.map((r) => r.slice(1)), lastRowid: last ? Number(last[0]) : afterRowid };
}

/** D1 returns blobs as arrays of bytes; binding wants them back as bytes. */
function bindable(v: unknown): unknown {
  return Array.isArray(v) ? new Uint8Array(v as number[]) : v;
}

/**
 * Multi-row inserts of at most 100 bound parameters each. `ON CONFLICT DO NOTHING` makes a
 * resumed chunk idempotent; a clash with another tenant's row is caught by verification.
 */
export function insertStmts(db: D1Database, t: TableInfo, rows: Row[]): D1PreparedStatement[] {
  const per = Math.max(1, Math.floor(100 / t.columns.length));
  const head = `INSERT INTO ${q(t.name)} (${t.columns.map(q).join(", ")}) VALUES `;
  const tuple = `(${t.columns.map(() => "?").join(", ")})`;
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const sql = `${head}${part.map(() => tuple).join(", ")} ON CONFLICT DO NOTHING`;
    out.push(db.prepare(sql).bind(...part.flat().map(bindable)));
  }
  return out;
}

/** Deletes up to `limit` rows of the tenant; returns how many went. */
export async function deleteChunk(db: D1Database, table: string, tenantId: string, limit: number) {
  const res = await db
    .prepare(
      `DELETE FROM ${q(table)} WHERE rowid IN (SELECT rowid FROM ${q(table)} WHERE tenant_id = ? LIMIT ?)`,
    )
    .bind(tenantId, limit)
    .run();
  return res.meta.changes ?? 0;
}

/** Row counts of one tenant per table: one batched round trip. */
export async function countRows(db: D1Database, tables: TableInfo[], tenantId: string) {
  if (!tables.length) return {} as Record<string, number>;
  const res = await db.batch<{ n: number }>(
    tables.map((t) =>
      db.prepare(`SELECT count(*) AS n FROM ${q(t.name)} WHERE tenant_id = ?`).bind(tenantId),
    ),
  );
  return Object.fromEntries(tables.map((t, i) => [t.name, Number(res[i]!.results[0]?.n ?? 0)]));
}

/** A JSON-safe value: blobs become { $base64 }. */
export function plain(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  let s = "";
  for (const b of v as number[]) s += String.fromCharCode(b);
  return { $base64: btoa(s) };
}

/** cyrb53: a fast 53-bit string hash, plenty to tell rows apart in a checksum. */
function hash53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const MOD = 2 ** 52;

/** Order-independent checksum of rows: the sum of their hashes (mod 2^52), so each side pages on its own. */
export function checksum(rows: Row[], start = 0): number {
  let sum = start;
  for (const r of rows) sum = (sum + (hash53(JSON.stringify(r.map(plain))) % MOD)) % MOD;
  return sum;
}

/**
 * One batch deleting up to `limit` rows of the tenant from each table, in the order given
 * (children first); returns the tables that may still hold rows.
 */
export async function deleteChunks(db: D1Database, tables: string[], tenantId: string, limit: number) {
  if (!tables.length) return { pending: [] as string[], deleted: 0 };
  const res = await db.batch(
    tables.map((name) =>
      db
        .prepare(
          `DELETE FROM ${q(name)} WHERE rowid IN (SELECT rowid FROM ${q(name)} WHERE tenant_id = ? LIMIT ?)`,
        )
        .bind(tenantId, limit),
    ),
  );
  const changes = res.map((r) => r.meta.changes ?? 0);
  return {
    pending: tables.filter((_, i) => changes[i]! >= limit),
    deleted: changes.reduce((a, b) => a + b, 0),
  };
}
