/** Test helpers for the control plane: operators, unverified tenants, jobs, per-table snapshots. */
import type { Job } from "../src/features/lifecycle/lifecycle.rules";
import { opCtx } from "../src/platform/control-plane";
import { eq } from "drizzle-orm";
import { operatorSessions, operators, tenants } from "../src/db/schema/control";
import { tenantState } from "../src/db/schema/tenant/core";

import { runJob } from "../src/features/lifecycle/lifecycle-runner.service";
import { q, tenantTables } from "../src/features/lifecycle/lifecycle-tables.queries";
import { makeDb } from "../src/platform/db";
import { newId, newToken, sha256Hex } from "../src/platform/ids";
import { Meter } from "../src/platform/meter";
import { dataBindings, findTenant, forgetTenant } from "../src/platform/tenancy";
import { E, type TestTenant, call, dbOf, expectStatus, makeTenant, testHash } from "./harness";

export const control = () => makeDb(E.DB_CONTROL, new Meter());

export interface TestOperator {
  id: string;
  login: string;
  cookie: string;
}

/** An operator (password PASSWORD) with a signed-in session cookie. */
export async function makeOperator(login = `op-${newId().slice(0, 8)}`): Promise<TestOperator> {
  const id = newId();
  const now = Date.now();
  await control()
    .insert(operators)
    .values({
      id,
      login,
      displayName: `Vận hành ${login}`,
      passwordHash: await testHash(),
      createdAt: now,
      updatedAt: now,
    });
  const token = newToken(32);
  await control()
    .insert(operatorSessions)
    .values({
      id: await sha256Hex(token),
      operatorId: id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + 3_600_000,
    });
  return { id, login, cookie: `gm_op=${token}` };
}

/** The console's page of a tenant, as `op` sees it (asserts 200). */
export async function consoleDetail(op: TestOperator, t: TestTenant): Promise<string> {
  return expectStatus(await call("GET", `/platform/tenants/${t.info.id}`, { cookie: op.cookie }), 200);
}

/** A tenant as sign-up leaves it: unverified, member cap 300. */
export async function makeUnverifiedTenant(opts: { binding?: string } = {}): Promise<TestTenant> {
  const t = await makeTenant(opts);
  await control()
    .update(tenants)
    .set({ status: "unverified", memberCap: 300 })
    .where(eq(tenants.id, t.info.id));
  await dbOf(t).update(tenantState).set({ status: "unverified" }).where(eq(tenantState.tenantId, t.info.id));
  forgetTenant(t.info);
  const info = (await findTenant(E, new Meter(), { id: t.info.id }))!;
  return { ...t, info };
}

/** Runs a job to its end (or until it waits), as an operator would by calling again. */
export async function driveJob(jobId: string, maxRounds = 200): Promise<Job> {
  let job: Job | null = null;
  for (let i = 0; i < maxRounds; i++) {
    job = await runJob(opCtx(E, new Meter(), "test", { id: "test-op", label: "Kiểm thử" }), jobId, 60_000);
    if (!job || job.status === "done" || job.status === "failed" || job.status === "cancelled") break;
    // A background run (waitUntil of an earlier request) holds the lease: let it finish.
    if (job.leaseUntil && job.leaseUntil > Date.now()) await new Promise((r) => setTimeout(r, 50));
  }
  return job!;
}

export const raw = (binding: string) => (E as unknown as Record<string, D1Database>)[binding]!;

/** Every row of a tenant in one database, per table, as sorted JSON (order-free comparison). */
export async function snapshot(binding: string, tenantId: string): Promise<Record<string, string[]>> {
  const db = raw(binding);
  const { tables } = await tenantTables(db);
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await db
      .prepare(`SELECT ${t.columns.map(q).join(", ")} FROM ${q(t.name)} WHERE tenant_id = ?`)
      .bind(tenantId)
      .raw();
    out[t.name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Rows carrying this tenant id, per "binding.table", across every data database. */
export async function rowsEverywhere(tenantId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const binding of dataBindings(E)) {
    const db = raw(binding);
    const { tables } = await tenantTables(db);
    for (const t of tables) {
      const r = await db
        .prepare(`SELECT count(*) AS n FROM ${q(t.name)} WHERE tenant_id = ?`)
        .bind(tenantId)
        .first<{ n: number }>();
      if (r && r.n > 0) out[`${binding}.${t.name}`] = r.n;
    }
  }
  return out;
}

/** Solves the sign-up question ("Năm cộng bảy bằng bao nhiêu?"). */
export function solve(question: string): string {
  const words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
  const m = /^(.+?) cộng (.+?) bằng bao nhiêu\?$/.exec(question.trim());
  if (!m) throw new Error(`unexpected question ${question}`);
  return String(words.indexOf(m[1]!.toLowerCase()) + words.indexOf(m[2]!.toLowerCase()));
}

/** The challenge of a rendered sign-up form. */
export function challengeOf(html: string): { token: string; question: string } {
  const token = /name="challengeToken" value="([^"]+)"/.exec(html)?.[1];
  const question = /<label for="f-challengeAnswer">([^<]+)/.exec(html)?.[1];
  if (!token || !question) throw new Error("no challenge in the form");
  return { token, question: question.trim() };
}
