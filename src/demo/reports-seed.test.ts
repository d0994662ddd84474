// The acceptance scenario on the seeded demo tenant (seed 000: the school party committee of
// Trường Chính trị tỉnh Trà Vinh): 23 people in group 1 and 16 in group 2, then 100 %.
import { vnYear } from "../domain/time";
import { strFromU8, unzipSync } from "fflate";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accounts, units } from "../db/schema/tenant/core";
import { members } from "../db/schema/tenant/members";
import {
  type TestTenant,
  E,
  call,
  cookieFor,
  ctxFor,
  dbOf,
  d1Calls,
  expectStatus,
  json,
} from "../../test/harness";
import { expectNoCounterDrift, submitPlanFor } from "../../test/harness-reports";
import { adoptFramework, openCycle } from "../../test/plans-kit";
import { Meter } from "../platform/meter";
import { inSubtree } from "../platform/scope";
import { findTenant } from "../platform/tenancy";
import { seedDemo } from "./demo.service";

import { listCycles } from "../features/cycles";
import { confirmPlan } from "../features/plans";
import { getMemberPlan } from "../features/plans";

const Y = vnYear(Date.now());

async function demo() {
  await seedDemo(E, "reports-demo-test");
  const info = (await findTenant(E, new Meter(), { slug: "tra-vinh" }))!;
  const db = dbOf({ info } as TestTenant);
  const [admin] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.tenantId, info.id), eq(accounts.login, "admin")));
  const [school] = await db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, info.id), eq(units.code, "TV-TCT")));
  const t = {
    info,
    rootId: admin!.unitId!,
    rootPath: `/${admin!.unitId}/`,
    adminId: admin!.id,
    ctx: () =>
      ctxFor(info, {
        id: admin!.id,
        login: "admin",
        role: "admin",
        unitId: admin!.unitId,
        unitPath: `/${admin!.unitId}/`,
        memberId: null,
        displayName: admin!.displayName,
      }),
  } satisfies TestTenant;
  return { t, school: school!, cookie: await cookieFor(t, admin!.id) };
}

async function docxText(cookie: string, docId: string): Promise<string> {
  const res = await call("GET", `/api/v1/reports/documents/${docId}/docx`, { cookie });
  expect(res.status).toBe(200);
  return strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))["word/document.xml"]!);
}

/** Every current member of the school submits a plan and the cell confirms it (through the services). */
async function confirmEveryPlan(t: TestTenant, schoolPath: string) {
  const ctx = t.ctx();
  if (!(await listCycles(ctx)).some((c) => c.year === Y)) {
    await adoptFramework(t, Y).catch(() => undefined);
    await openCycle(t, Y);
  }
  const inSchool = await dbOf(t)
    .select({ id: members.id })
    .from(members)
    .innerJoin(units, and(eq(units.id, members.unitId), eq(units.tenantId, members.tenantId)))
    .where(
      and(
        eq(members.tenantId, t.info.id),
        inArray(members.status, ["official", "probationary"]),
        inSubtree(units.path, schoolPath),
      ),
    );
  for (const m of inSchool) {
    const current = (await getMemberPlan(ctx, m.id, Y)).plan;
    if (current?.status === "confirmed") continue;
    const p = current?.status === "submitted" ? current : await submitPlanFor(ctx, m.id, Y);
    await confirmPlan(ctx, p.id, { version: p.version });
  }
}

describe("the demo tenant's school report", () => {
  it("states 23 in group 1 and 16 in group 2, then 100 % registered and confirmed once every plan is confirmed", async () => {
    const { t, school, cookie } = await demo();
    const fig = await json<{ figures: Record<string, { exemplar: number; follower: number; all: number }> }>(
      await call("GET", `/api/v1/reports/units/${school.id}/figures?year=${Y}`, { cookie }),
    );
    expect(fig.figures.members).toEqual({ exemplar: 23, follower: 16, all: 39 });

    const doc = await json<{ id: string }>(
      await call("POST", `/api/v1/reports/units/${school.id}/documents`, {
        cookie,
        json: {
          year: Y,
          number: "120-BC/ĐU",
          docDate: `${Y}-12-15`,
          place: "Trà Vinh",
          signerName: "Thạch Minh Quang",
        },
      }),
      201,
    );
    const before = await docxText(cookie, doc.id);
    expect(before).toContain(
      "Tổng số đảng viên: 39 đồng chí; trong đó nhóm 1 (làm gương mẫu mực): 23 đồng chí, nhóm 2 (tích cực làm theo): 16 đồng chí.",
    );
    expect(before).toContain("ĐẢNG ỦY TRƯỜNG CHÍNH TRỊ");
    expect(before).toContain("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH");

    await confirmEveryPlan(t, school.path);
    const after = await docxText(cookie, doc.id);
    expect(after).toContain(
      "Số đảng viên đã đăng ký, xây dựng kế hoạch cá nhân: 39/39 đồng chí, đạt 100 %; trong đó nhóm 1: 23/23 (100 %), nhóm 2: 16/16 (100 %). Số kế hoạch được chi bộ xác nhận: 39/39, đạt 100 %.".replaceAll(
        " %",
        "\u00a0%",
      ),
    );
    const page = await call("GET", `/t/tra-vinh/reports/units/${school.id}?year=${Y}`, { cookie });
    const html = await expectStatus(page, 200);
    expect(d1Calls(page)).toBeLessThanOrEqual(2);
    expect(html).toMatch(/Đã đăng ký, nộp kế hoạch<\/span><b>100 %<\/b>/);
    expect(html).toMatch(/Được chi bộ xác nhận<\/span><b>100 %<\/b>/);
    await expectNoCounterDrift(t);
  });
});
