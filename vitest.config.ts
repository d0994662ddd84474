import { readFileSync, readdirSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests run inside workerd with the real local D1 of miniflare, migrations applied by test/setup.ts.
// Starting a runtime costs about 3 s, so test files share one per vitest worker (`isolate: false`):
// every test makes its own tenant, so a shared database is safe. The demo-seed tests work on the
// fixed demo tenants (tra-vinh, kon-tum) and change them, so they keep a runtime of their own each.
const DEMO_TESTS = ["src/demo/**/*.test.ts"];

/** test/corpus/* (spreadsheets saved by other programs), base64 by file name, for the import tests. */
function corpus(): Record<string, string> {
  const dir = "./test/corpus";
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`).toString("base64")]));
}

export default defineConfig(async () => {
  const [control, tenant] = await Promise.all([
    readD1Migrations("./migrations/control"),
    readD1Migrations("./migrations/tenant"),
  ]);
  const plugins = [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // No test reaches the network: a webhook the real queue consumer sends answers 503 here
        // (the delivery tests pass their own receiver to the sender instead).
        outboundService: () => new Response("no network in tests", { status: 503 }),
        bindings: {
          CONTROL_MIGRATIONS: control,
          TENANT_MIGRATIONS: tenant,
          TEST_CORPUS: corpus(),
          // Web Push stays off unless a test turns it on, whatever a developer's .dev.vars holds for npm start.
          VAPID_PUBLIC_KEY: "",
          VAPID_PRIVATE_KEY: "",
          VAPID_SUBJECT: "",
          // Tests send thousands of requests per credential (the fuzz suite); rate-limit.test.ts
          // passes its own small quotas.
          RATE_LIMITS: "key=1000000/60,session=1000000/60,operator=1000000/60,client=1000000/60",
          // A test-only key: webhook secrets are sealed in tests as in production.
          WEBHOOK_SECRETS_KEY: "dGVzdC1vbmx5LXdlYmhvb2stc2VjcmV0cy1rZXktMzI=",
        },
      },
    }),
  ];
  const shared = { setupFiles: ["./test/setup.ts"], testTimeout: 30_000, hookTimeout: 60_000 };
  return {
    test: {
      projects: [
        {
          plugins,
          test: {
            ...shared,
            name: "shared",
            include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
            exclude: DEMO_TESTS,
            isolate: false,
          },
        },
        { plugins, test: { ...shared, name: "demo", include: DEMO_TESTS, isolate: true } },
      ],
    },
  };
});
