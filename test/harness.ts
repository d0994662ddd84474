import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { accounts, sessions, units } from "../src/db/schema/tenant/core";
import type { Bindings } from "../src/env";
import type { Actor, Ctx, Role, TenantInfo } from "../src/platform/context";
import { makeDb } from "../src/platform/db";
import { ServiceError } from "../src/platform/errors";
import { newId } from "../src/platform/ids";
import { Meter } from "../src/platform/meter";
import { hashPassword } from "../src/platform/passwords";
import { provisionTenant } from "../src/platform/provisioning";
import { newSession } from "../src/platform/session";
import { findTenant, tenantDb } from "../src/platform/tenancy";
import { searchKey } from "../src/platform/text";
import worker from "../src";

export const E = env as unknown as Bindings;
export const ORIGIN = "http://localhost";
export const PASSWORD = "matkhau-123";

let hashed: Promise<string> | null = null;
/** One scrypt hash per test file: factories reuse it so tests stay fast. */
export function testHash(): Promise<string> {
  hashed ??= hashPassword(PASSWORD);
  return hashed;
}

export interface TestTenant {
  info: TenantInfo;
  rootId: string;
  rootPath: string;
  adminId: string;
  /** A fresh service context acting as `actor` (defaults to the tenant admin). */
  ctx(actor?: TestAccount): Ctx;
}

export interface TestAccount {
  id: string;
  login: string;
  role: Role;
  unitId: string | null;
  unitPath: string | null;
  memberId: string | null;
  displayName: string;
}

/** A new tenant (root unit + admin) in the given data database. */
export async function makeTenant(
  opts: { binding?: string; slug?: string; name?: string } = {},
): Promise<TestTenant> {
  const slug = opts.slug ?? `t-${newId().slice(0, 10)}`;
  const meter = new Meter();
  const created = await provisionTenant(
    E,
    meter,
    {
      slug,
      name: opts.name ?? `Đảng bộ thử nghiệm ${slug}`,
      kind: "province",
      province: "Trà Vinh",
      binding: opts.binding ?? "DB_POOL_1",
      status: "active",
      memberCap: null,
      root: { kind: "province", code: "ROOT", name: `Đảng bộ tỉnh ${slug}` },
      admin: { login: "admin", displayName: "Quản trị viên", passwordHash: await testHash() },
    },
    "test",
  );
  const info = (await findTenant(E, meter, { id: created.tenantId }))!;
  const rootPath = `/${created.rootUnitId}/`;
  const admin: TestAccount = {
    id: created.adminId,
    login: "admin",
    role: "admin",
    unitId: created.rootUnitId,
    unitPath: rootPath,
    memberId: null,
    displayName: "Quản trị viên",
  };
  return {
    info,
    rootId: created.rootUnitId,
    rootPath,
    adminId: created.adminId,
    ctx: (actor = admin) => ctxFor(info, actor),
  };
}

export function ctxFor(tenant: TenantInfo, a: TestAccount, meter = new Meter()): Ctx {
  const actor: Actor = {
    accountId: a.id,
    login: a.login,
    displayName: a.displayName,
    role: a.role,
    unitId: a.unitId,
    unitPath: a.unitPath,
    memberId: a.memberId,
    sessionId: "test",
  };
  return { db: tenantDb(E, tenant, meter), tenant, actor, requestId: "test", now: Date.now() };
}

export function dbOf(t: TestTenant) {
  return makeDb((E as unknown as Record<string, D1Database>)[t.info.binding]!, new Meter());
}

/** A unit as makeUnit returns it. */
export interface TestUnit {
  id: string;
  path: string;
  depth: number;
  code: string;
  name: string;
}

/** A unit inserted directly (fast path for tests that are not about units). */
export async function makeUnit(
  t: TestTenant,
  parent: { id: string; path: string; depth?: number },
  kind = "cell",
  name?: string,
): Promise<TestUnit> {
  const id = newId();
  const depth = (parent.depth ?? parent.path.split("/").length - 3) + 1;
  const code = `U-${id.slice(0, 8)}`;
  const unitName = name ?? `Chi bộ ${code}`;
  const now = Date.now();
  await dbOf(t)
    .insert(units)
    .values({
      id,
      tenantId: t.info.id,
      parentId: parent.id,
      kind,
      code,
      name: unitName,
      searchKey: searchKey(unitName),
      path: `${parent.path}${id}/`,
      depth,
      status: "active",
      createdAt: now,
      updatedAt: now,
    });
  return { id, path: `${parent.path}${id}/`, depth, code, name: unitName };
}

/** An account with the shared test password. */
export async function makeAccount(
  t: TestTenant,
  role: Role,
  unit: { id: string; path: string } | null,
  extra: { login?: string; memberId?: string | null; displayName?: string } = {},
): Promise<TestAccount> {
  const id = newId();
  const login = extra.login ?? `${role}-${id.slice(0, 8)}`;
  const now = Date.now();
  const displayName = extra.displayName ?? `Đồng chí ${login}`;
  await dbOf(t)
    .insert(accounts)
    .values({
      id,
      tenantId: t.info.id,
      login,
      displayName,
      role,
      unitId: unit?.id ?? null,
      memberId: extra.memberId ?? null,
      passwordHash: await testHash(),
      status: "active",
      createdAt: now,
      updatedAt: now,
    });
  return {
    id,
    login,
    role,
    unitId: unit?.id ?? null,
    unitPath: unit?.path ?? null,
    memberId: extra.memberId ?? null,
    displayName,
  };
}

/** A session cookie for an account, without going through the (slow) password check. */
export async function cookieFor(t: TestTenant, accountId: string): Promise<string> {
  const { token, row } = await newSession(t.info.id, accountId, Date.now());
  await dbOf(t).insert(sessions).values(row);
  return `gm_session=${t.info.id}.${token}`;
}

export interface Req {
  cookie?: string;
  json?: unknown;
  form?: Record<string, string>;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** The Worker's bindings when a test needs others (Web Push keys, a queue that keeps its messages). */
  env?: Bindings;
}

/**
 * Calls the Worker as a browser or API client would (same-origin Origin on writes), through its
 * fetch handler, and waits for the work it left running (waitUntil). Calling the handler directly
 * rather than through SELF.fetch keeps thousands of requests in one test linear in time (SELF
 * slows down with every request of a test and overflows the stack after about 1,800).
 */
export async function call(method: string, path: string, r: Req = {}): Promise<Response> {
  const headers: Record<string, string> = { ...(r.headers ?? {}) };
  if (r.cookie) headers.cookie = r.cookie;
  let body: BodyInit | undefined = r.body;
  if (r.json !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(r.json);
  }
  if (r.form) {
    headers["content-type"] ??= "application/x-www-form-urlencoded";
    body = new URLSearchParams(r.form).toString();
  }
  if (method !== "GET" && method !== "HEAD") headers.origin ??= ORIGIN;
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body }), r.env ?? E, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** D1 round trips the request made, from its Server-Timing header. */
export function d1Calls(res: Response): number {
  const m = /d1;dur=[\d.]+;desc="(\d+)"/.exec(res.headers.get("server-timing") ?? "");
  return m ? Number(m[1]) : Number.NaN;
}

/** Asserts the status, showing the body when it differs. */
export async function expectStatus(res: Response, status: number): Promise<string> {
  const text = await res.text();
  expect(res.status, `${res.url} → ${res.status}: ${text.slice(0, 600)}`).toBe(status);
  return text;
}

/** The page a redirect (303) leads to, as `cookie` sees it (asserts 200). */
export async function landing(res: Response, cookie: string): Promise<string> {
  return expectStatus(await call("GET", res.headers.get("location")!, { cookie }), 200);
}

/**
 * Awaits a service call that must fail with a ServiceError of `status`; `expected` is a field the
 * error must name (a string) or what its message must match (a RegExp).
 */
export async function rejects(
  p: Promise<unknown>,
  status: number,
  expected?: string | RegExp,
): Promise<ServiceError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "expected a ServiceError").toBeInstanceOf(ServiceError);
  expect((e as ServiceError).status, (e as ServiceError).message).toBe(status);
  if (typeof expected === "string") expect(Object.keys((e as ServiceError).fields ?? {})).toContain(expected);
  if (expected instanceof RegExp) expect((e as ServiceError).message).toMatch(expected);
  return e as ServiceError;
}

export async function json<T = Record<string, unknown>>(res: Response, status = 200): Promise<T> {
  return JSON.parse(await expectStatus(res, status)) as T;
}

/** The session cookie a response sets, ready to send back. */
export function setCookieOf(res: Response): string | null {
  const raw = res.headers.get("set-cookie");
  const m = raw ? /(gm_session=[^;]*)/.exec(raw) : null;
  return m ? m[1]! : null;
}

/** `bytes` as a request body arriving in pieces of `piece` bytes (a slow or chunked client). */
export function streamOf(bytes: Uint8Array, piece = 7): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + piece));
      at += piece;
    },
  });
}
