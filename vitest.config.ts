import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests run inside workerd with the real local D1 of miniflare, migrations applied by test/setup.ts.
export default defineConfig(async () => {
  const [control, tenant] = await Promise.all([
    readD1Migrations("./migrations/control"),
    readD1Migrations("./migrations/tenant"),
  ]);
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: { CONTROL_MIGRATIONS: control, TENANT_MIGRATIONS: tenant },
        },
      }),
    ],
    test: {
      include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
      setupFiles: ["./test/setup.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
});
