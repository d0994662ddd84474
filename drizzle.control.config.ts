import { defineConfig } from "drizzle-kit";

// The control-plane database (DB_CONTROL): tenant registry and platform operators.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema/control.ts",
  out: "./migrations/control",
});
