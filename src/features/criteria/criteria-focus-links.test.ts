// A focus issue that plan items link to cannot be deleted: the plans would keep a dangling link.
import { describe, expect, it } from "vitest";
import { call, cookieFor, json, makeTenant } from "../../../test/harness";
import { itemsFor, makePerson, schoolInCycle } from "../../../test/plans-kit";
import { vnYear } from "../../domain/time";

const Y = vnYear(Date.now());

describe("deleting a focus issue", () => {
  it("answers 409 while a plan item links to it, and deletes it once no item does", async () => {
    const t = await makeTenant();
    const { cell1 } = await schoolInCycle(t);
    const admin = await cookieFor(t, t.adminId);
    const issue = await json<{ id: string; version: number }>(
      await call("POST", "/api/v1/criteria/focus-issues", {
        cookie: admin,
        json: { unitId: t.rootId, year: Y, kind: "focus", title: "Cải cách hành chính" },
      }),
      201,
    );
    const person = await makePerson(t, cell1, true);
    const view = await json<{ criteria: { criterionVersionId: string }[] }>(
      await call("GET", "/api/v1/plans/mine", { cookie: person.cookie }),
    );
    const items = itemsFor(
      view.criteria.map((c) => c.criterionVersionId),
      Y,
    );
    const linked = items.map((it, i) => (i === 0 ? { ...it, focusIssueId: issue.id } : it));
    const saved = await json<{ version: number }>(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: person.cookie,
        json: { registration: "Đăng ký làm theo", items: linked },
      }),
    );

    const refused = await json<{ detail: string }>(
      await call("DELETE", `/api/v1/criteria/focus-issues/${issue.id}?version=${issue.version}`, {
        cookie: admin,
      }),
      409,
    );
    expect(refused.detail).toBe(
      "Đã có kế hoạch cá nhân gắn với nội dung này nên không thể xóa; hãy sửa nội dung thay vì xóa.",
    );
    const still = await json<{ issues: { id: string }[] }>(
      await call("GET", `/api/v1/criteria/units/${cell1.id}/focus-issues?year=${Y}`, { cookie: admin }),
    );
    expect(still.issues.map((i) => i.id)).toContain(issue.id);

    await json(
      await call("PUT", "/api/v1/plans/mine", {
        cookie: person.cookie,
        json: { registration: "Đăng ký làm theo", items, version: saved.version },
      }),
    );
    const gone = await call("DELETE", `/api/v1/criteria/focus-issues/${issue.id}?version=${issue.version}`, {
      cookie: admin,
    });
    expect(gone.status, await gone.clone().text()).toBe(204);
  });
});
