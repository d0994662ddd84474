import { type D1Migration, applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Every database gets the migrations before any test of the file runs (idempotent).
const e = env as unknown as Record<string, D1Database> & {
  CONTROL_MIGRATIONS: D1Migration[];
  TENANT_MIGRATIONS: D1Migration[];
};
await applyD1Migrations(e.DB_CONTROL as D1Database, e.CONTROL_MIGRATIONS);
for (const name of Object.keys(e).filter((k) => /^DB_(POOL|DEDICATED)_\d+$/.test(k))) {
  await applyD1Migrations(e[name] as D1Database, e.TENANT_MIGRATIONS);
}
