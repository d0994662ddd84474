// An integrator's client of the Gương mẫu API, typed by the generated clients/typescript/schema.d.ts
// (`npm run api:types`) and openapi-fetch. docs/integrations.md quotes it; `npm run typecheck` checks it.
import createClient from "openapi-fetch";
import type { components, paths } from "../../clients/typescript/schema";

export type Member = components["schemas"]["Member"];
export type GuongMau = ReturnType<typeof guongMau>;

/** A client that sends the tenant's API key on every request. */
export function guongMau(key: string, baseUrl = "https://guongmau.vn") {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${key}` } });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** How long a 429 or 409 asks to wait: `Retry-After` in seconds (1 s when absent). */
function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get("Retry-After"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000;
}

/**
 * Every member changed at or after `since` (every member when undefined), in (updatedAt, id) order, page by
 * page. Returns the instant to pass as `since` next time: the newest `updatedAt` seen. A member changed
 * while we page is listed again at the end, so `save` must be an upsert by `id`.
 */
export async function syncMembers(
  api: GuongMau,
  since: string | undefined,
  save: (members: Member[]) => Promise<void>,
): Promise<string | undefined> {
  let newest = since;
  let cursor: string | undefined;
  for (;;) {
    const { data, response } = await api.GET("/api/v1/members", {
      params: { query: { status: "all", updatedSince: since ?? "1970-01-01T00:00:00Z", limit: 200, cursor } },
    });
    if (response.status === 429) {
      await sleep(retryAfterMs(response));
      continue;
    }
    if (!data) throw new Error(`GET /api/v1/members answered ${response.status}`);
    await save(data.items);
    // RFC 3339 instants in UTC compare as text.
    for (const m of data.items) if (newest === undefined || m.updatedAt > newest) newest = m.updatedAt;
    if (!data.nextCursor) return newest;
    cursor = data.nextCursor;
  }
}

export type NewUnit = components["schemas"]["CreateUnitInput"];

/**
 * Creates a unit exactly once however often the request is retried: one Idempotency-Key for every attempt.
 * A lost answer, a 5xx, 409 (the first attempt is still running) and 429 are retried; a replay answers the
 * first attempt's 201 again with `Idempotent-Replayed: true`.
 */
export async function createUnitOnce(api: GuongMau, unit: NewUnit, attempts = 5) {
  const idempotencyKey = crypto.randomUUID();
  for (let attempt = 1; ; attempt++) {
    const answer = await api
      .POST("/api/v1/units", { body: unit, headers: { "Idempotency-Key": idempotencyKey } })
      .catch(() => undefined); // the network failed: we do not know whether the unit was made
    if (answer?.data) return answer.data;
    const status = answer?.response.status;
    const retry = status === undefined || status === 409 || status === 429 || status >= 500;
    if (!retry || attempt >= attempts) throw new Error(`POST /api/v1/units answered ${status ?? "nothing"}`);
    await sleep(answer ? retryAfterMs(answer.response) : 2 ** attempt * 500);
  }
}
