/** Worker entry: the Hono app for fetch; scheduled work is added by the features that need it. */
import { buildApp } from "./app";
import type { Bindings } from "./env";

const app = buildApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Bindings>;
