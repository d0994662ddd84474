import { Hono } from "hono";
import type { AppEnv } from "../env";
import { ServiceError } from "../platform/errors";
import {
  type BenchTenant,
  benchSessions,
  fillCells,
  finishBench,
  floorQuery,
  initBench,
} from "./bench.service";

/**
 * /__bench/*: the generator and the floor of `npm run bench`. Every route answers 404 unless
 * wrangler dev was started with BENCH=on and the caller is local (like /__dev/seed).
 */
function guard(c: { env: AppEnv["Bindings"]; req: { url: string } }) {
  const host = new URL(c.req.url).hostname;
  const local = host === "localhost" || host === "127.0.0.1" || host === "[::1]";
  if (c.env.BENCH !== "on" || !local) throw new ServiceError("not_found");
}

type GenerateBody =
  | { step: "init"; size: number; slug: string }
  | { step: "cells"; tenant: BenchTenant; from: number; to: number }
  | { step: "finish"; tenant: BenchTenant }
  | { step: "sessions"; tenant: BenchTenant; drafts: number };

export const benchRoutes = new Hono<AppEnv>()
  .post("/__bench/generate", async (c) => {
    guard(c);
    const body = (await c.req.json()) as GenerateBody;
    const t0 = performance.now();
    switch (body.step) {
      case "init":
        return c.json(await initBench(c.env, body.size, body.slug, c.get("requestId")));
      case "cells":
        await fillCells(c.env, body.tenant, body.from, body.to);
        return c.json({ ms: performance.now() - t0 });
      case "finish":
        return c.json({ ...(await finishBench(c.env, body.tenant)), ms: performance.now() - t0 });
      case "sessions":
        return c.json(await benchSessions(c.env, body.tenant, body.drafts));
      default:
        throw new ServiceError("not_found");
    }
  })
  .get("/__bench/floor", async (c) => {
    guard(c);
    const rows = await floorQuery(c.env, c.get("meter"), c.req.query("t") ?? "", c.req.query("id") ?? "");
    return c.json(rows[0] ?? null);
  });
