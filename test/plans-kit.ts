/** Test helpers for cycles and plans: a school-like tree, members with accounts, a framework, a cycle. */
import { createSet } from "../src/features/criteria/criteria-create.service";
import { vnYear } from "../src/domain/time";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { accounts } from "../src/db/schema/tenant/core";
import { plans } from "../src/db/schema/tenant/plans";

import { publishSet } from "../src/features/criteria/criteria-publish.service";

import { createCycle } from "../src/features/cycles/cycles.service";
import { parsePositions } from "../src/features/members/members-positions.rules";
import { recountAll } from "../src/counter-sources";
import { DEMO_TENANTS } from "../src/demo/demo-data";
import type { TestAccount, TestTenant, TestUnit } from "./harness";
import { call, dbOf, makeTenant, makeUnit } from "./harness";
import { linkedMember, signedIn } from "./world";

export type Unit = TestUnit;

export interface Person {
  memberId: string;
  account: TestAccount;
  cookie: string;
  name: string;
  group: "exemplar" | "follower";
}

let seq = 0;

/** A member of `cell` (group 1 when `leader`), with a member account linked to it. */
export async function makePerson(
  t: TestTenant,
  cell: Unit,
  leader: boolean,
  name = `Đảng viên ${leader ? "Nhóm Một" : "Nhóm Hai"} ${++seq}`,
  role: "member" | "secretary" = "member",
): Promise<Person> {
  const card = `T${String(Date.now()).slice(-6)}${String(++seq).padStart(4, "0")}`;
  const positions = leader ? ["cell_committee_member"] : [];
  const input = { cardNumber: card, fullName: name, partyPositions: positions };
  const { member, account, cookie } = await linkedMember(t, cell, input, role);
  return { memberId: member.id, account, cookie, name, group: member.group };
}

/** Bloc → school → two cells under the tenant root. */
export async function makeSchool(t: TestTenant) {
  const root = { id: t.rootId, path: t.rootPath, depth: 0 };
  const bloc = await makeUnit(t, root, "bloc", "Đảng bộ Khối thử nghiệm");
  const school = await makeUnit(t, bloc, "grassroots", "Đảng bộ Trường thử nghiệm");
  const cell1 = await makeUnit(t, school, "cell", "Chi bộ Một");
  const cell2 = await makeUnit(t, school, "cell", "Chi bộ Hai");
  return { bloc, school, cell1, cell2 };
}

/** The tenant adopts plan 62-KH/ĐUK for `year` at its root and publishes it. */
export async function adoptFramework(t: TestTenant, year: number) {
  const set = await createSet(t.ctx(), {
    unitId: t.rootId,
    year,
    source: "template",
    templateId: "62-kh-duk",
  });
  await publishSet(t.ctx(), set.id, 1);
  return set;
}

export async function openCycle(t: TestTenant, year: number, extra: Record<string, unknown> = {}) {
  return createCycle(t.ctx(), { year, ...extra });
}

/** A secretary account of `unit`. */
export async function secretaryOf(t: TestTenant, unit: Unit) {
  const { cookie, ...account } = await signedIn(t, "secretary", unit);
  return { account, cookie };
}

export async function expectCountersExact(t: TestTenant) {
  expect(await recountAll(dbOf(t), t.info.id)).toEqual([]);
}

export async function unlinkAccount(t: TestTenant, accountId: string) {
  await dbOf(t).update(accounts).set({ memberId: null }).where(eq(accounts.id, accountId));
}

/** Four item payloads against the given criterion version ids, due within `year`. */
export function itemsFor(criterionIds: string[], year: number, n = 4) {
  return Array.from({ length: n }, (_, i) => ({
    criterionVersionId: criterionIds[i % criterionIds.length]!,
    commitment: `Cam kết số ${i + 1}: thực hiện nghiêm túc nhiệm vụ được giao`,
    measure: "Hoàn thành đúng hạn, được chi bộ ghi nhận",
    dueDate: `${year}-12-15`,
  }));
}

/**
 * The tra-vinh demo school under the test tenant's root: bloc → school → five cells and the
 * 39 people of seed 000 (23 in group 1, 16 in group 2), each with a member account.
 */
export async function makeDemoSchool(t: TestTenant) {
  const demo = DEMO_TENANTS.find((d) => d.slug === "tra-vinh")!;
  const units: Record<string, Unit> = {
    tinh: { id: t.rootId, path: t.rootPath, depth: 0, code: "ROOT", name: "Tỉnh" },
  };
  for (const u of demo.units.filter((x) => x.parent))
    units[u.key] = await makeUnit(t, units[u.parent!]!, u.kind, u.name);
  const people: (Person & { cell: string })[] = [];
  for (const p of demo.people) {
    const party = p.partyPositions.flatMap((l) => parsePositions(l, "party").codes);
    const gov = p.govPositions.flatMap((l) => parsePositions(l, "gov").codes);
    const { member, account, cookie } = await linkedMember(t, units[p.cell]!, {
      cardNumber: `${p.card}.${t.info.id.slice(0, 4)}`.toUpperCase(),
      fullName: p.fullName,
      partyPositions: party,
      govPositions: gov,
    });
    people.push({
      memberId: member.id,
      account,
      cookie,
      name: p.fullName,
      group: member.group,
      cell: p.cell,
    });
  }
  return { units, people };
}

export const PLAN_YEAR = vnYear(Date.now());
const Y = PLAN_YEAR;
export const ON_TIME = { exemplarDeadline: `${Y + 1}-03-01`, followerDeadline: `${Y + 1}-03-15` };
export const LATE = { exemplarDeadline: `${Y - 1}-10-01`, followerDeadline: `${Y - 1}-10-02` };

/** A school of `t` with this year's framework adopted and its cycle open (`cycle`: the cycle's deadlines). */
export async function schoolInCycle(t: TestTenant, cycle: Record<string, unknown> = {}) {
  const s = await makeSchool(t);
  await adoptFramework(t, Y);
  await openCycle(t, Y, cycle);
  return s;
}

/** A school with a framework and an open cycle; a leader and a follower in cell 1, a leader in cell 2, their secretaries. */
export async function planWorld(cycle: Record<string, unknown> = ON_TIME) {
  const t = await makeTenant();
  const s = await schoolInCycle(t, cycle);
  const leader = await makePerson(t, s.cell1, true);
  const follower = await makePerson(t, s.cell1, false);
  const other = await makePerson(t, s.cell2, true);
  const sec1 = await secretaryOf(t, s.cell1);
  const sec2 = await secretaryOf(t, s.cell2);
  return { t, s, leader, follower, other, sec1, sec2 };
}

/** Posts a plan verb at the plan's `version`: `/api/v1/plans/mine/submit`, `/api/v1/plans/{id}/confirm`, … */
export function planVerb(path: string, cookie: string, version: number) {
  return call("POST", path, { cookie, json: { version } });
}

/** The criterion version ids a member's plan page offers. */
export async function criteriaOf(cookie: string, path = "/api/v1/plans/mine") {
  const v = (await (await call("GET", path, { cookie })).json()) as {
    criteria: { criterionVersionId: string }[];
  };
  return v.criteria.map((c) => c.criterionVersionId);
}

/** Saves four items and submits, over the API (the member's own path, or /plans/members/{id}). */
export async function submitPlan(cookie: string, path = "/api/v1/plans/mine") {
  const ids = await criteriaOf(cookie, path);
  const body = { registration: "Đăng ký", items: itemsFor(ids, Y) };
  const p = (await (await call("PUT", path, { cookie, json: body })).json()) as { version: number };
  const res = await call("POST", `${path}/submit`, { cookie, json: { version: p.version } });
  expect(res.status).toBe(200);
  return (await res.json()) as import("../src/features/plans/plans.outputs").PlanOut;
}

export async function planRow(t: TestTenant, id: string) {
  return (await dbOf(t).select().from(plans).where(eq(plans.id, id)))[0]!;
}
