// The test runtime's `env` (cloudflare:test, cloudflare:workers) has the Worker's bindings.
declare namespace Cloudflare {
  type WorkerBindings = import("../src/env").Bindings;
  interface Env extends WorkerBindings {}
}
