import { defineConfig } from "drizzle-kit";

// Tenant-data databases (every DB_POOL_n / DB_DEDICATED_n binding shares this schema).
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema/tenant/index.ts",
  out: "./migrations/tenant",
});
