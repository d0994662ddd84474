/** Test helpers of the notebook, meetings and evaluations: a school with an open cycle and members with plans. */
import { vnToday, vnYear } from "../src/domain/time";
import { expect } from "vitest";

import { call, cookieFor, json, type TestTenant, makeTenant } from "./harness";
import {
  type Person,
  type Unit,
  adoptFramework,
  itemsFor,
  makePerson,
  makeSchool,
  openCycle,
  secretaryOf,
} from "./plans-kit";

export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A date of `year` that is not in the future: 10 January, or today when earlier. */
export function pastDayOf(year: number): string {
  const today = vnToday(Date.now());
  return `${year}-01-10` < today ? `${year}-01-10` : today;
}

export interface World {
  t: TestTenant;
  Y: number;
  school: Unit;
  cell1: Unit;
  cell2: Unit;
  admin: string;
  /** Secretary accounts (no member record) of cell 1, cell 2 and the school. */
  sec1: string;
  sec2: string;
  secSchool: string;
}

/**
 * A school (grassroots) with two cells and a cycle of this year whose mid-year window has just
 * closed and whose annual window is open: mid-year reviews come in late, annual ones on time.
 */
export async function notebookWorld(opts: { quarterly?: boolean } = {}): Promise<World> {
  const t = await makeTenant();
  const s = await makeSchool(t);
  const Y = vnYear(Date.now());
  const today = vnToday(Date.now());
  await adoptFramework(t, Y);
  await openCycle(t, Y, {
    exemplarDeadline: `${Y + 1}-03-01`,
    followerDeadline: `${Y + 1}-03-15`,
    midyearFrom: addDays(today, -11),
    midyearTo: addDays(today, -1),
    annualFrom: today,
    annualTo: addDays(today, 5),
    ...(opts.quarterly ? { checkpointMode: "quarterly" } : {}),
  });
  return {
    t,
    Y,
    school: s.school,
    cell1: s.cell1,
    cell2: s.cell2,
    admin: await cookieFor(t, t.adminId),
    sec1: (await secretaryOf(t, s.cell1)).cookie,
    sec2: (await secretaryOf(t, s.cell2)).cookie,
    secSchool: (await secretaryOf(t, s.school)).cookie,
  };
}

/** A member of `cell` whose plan of the year is written and submitted. */
export async function personWithPlan(
  w: World,
  cell: Unit,
  leader: boolean,
  name?: string,
): Promise<Person & { itemIds: string[] }> {
  const p = await makePerson(w.t, cell, leader, name);
  const mine = await json<{ criteria: { criterionVersionId: string }[] }>(
    await call("GET", "/api/v1/plans/mine", { cookie: p.cookie }),
  );
  const ids = mine.criteria.map((c) => c.criterionVersionId);
  const saved = await json<{ version: number }>(
    await call("PUT", "/api/v1/plans/mine", {
      cookie: p.cookie,
      json: { registration: "Tôi đăng ký làm theo gương Bác", items: itemsFor(ids, w.Y) },
    }),
  );
  await json(
    await call("POST", "/api/v1/plans/mine/submit", { cookie: p.cookie, json: { version: saved.version } }),
  );
  const nb = await json<{ plan: { items: { id: string }[] } }>(
    await call("GET", "/api/v1/notebook/mine", { cookie: p.cookie }),
  );
  expect(nb.plan.items.length).toBeGreaterThan(0);
  return { ...p, itemIds: nb.plan.items.map((i) => i.id) };
}

export const PARTS = {
  strengths: "Chấp hành nghiêm chủ trương, gương mẫu trong công tác giảng dạy.",
  shortcomings: "Có lúc chưa sắp xếp thời gian nghiên cứu tài liệu hợp lý.",
  remedies: "Lập lịch tự học hằng tuần, báo cáo chi bộ vào kỳ sinh hoạt.",
};

/** Writes and submits a review of `kind` for `p` (as `cookie`, default the member), every item at `status`. */
export async function submitReview(
  p: { memberId: string; cookie: string; itemIds: string[] },
  kind: string,
  opts: { cookie?: string; status?: string } = {},
) {
  const progress = p.itemIds.map((itemId) => ({
    itemId,
    status: opts.status ?? "done",
    note: "Đúng tiến độ",
  }));
  return call("POST", `/api/v1/members/${p.memberId}/notebook/entries`, {
    cookie: opts.cookie ?? p.cookie,
    json: { kind, ...PARTS, progress, submit: true },
  });
}

/** The cell's proposal of a member's evaluation, over the API. */
export function propose(memberId: string, cookie: string, body: object) {
  return call("POST", `/api/v1/members/${memberId}/evaluation/propose`, { cookie, json: body });
}

/** A decision on an evaluation, over the API (under decision 125-QĐ/ĐU of today unless `body` names one). */
export function decide(evaluationId: string, cookie: string, body: object) {
  const decision = { decisionNumber: "125-QĐ/ĐU", decisionDate: vnToday(Date.now()) };
  return call("POST", `/api/v1/evaluations/${evaluationId}/decide`, {
    cookie,
    json: { ...decision, ...body },
  });
}
