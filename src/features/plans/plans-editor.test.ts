import { describe, expect, it } from "vitest";
import { call, expectStatus, makeTenant } from "../../../test/harness";
import { ON_TIME, PLAN_YEAR as Y, criteriaOf, makePerson, schoolInCycle } from "../../../test/plans-kit";

const rows = (html: string) => html.match(/<fieldset class="item-row">/g)?.length ?? 0;

describe("plan editor form items", () => {
  it("marks the registration required, adds a visible row per 'Thêm nội dung', counts long text and refuses it whole", async () => {
    const t = await makeTenant();
    const s = await schoolInCycle(t, ON_TIME);
    const m = await makePerson(t, s.cell1, false);
    const page = `/t/${t.info.slug}/my-plan`;
    const empty = await expectStatus(await call("GET", page, { cookie: m.cookie }), 200);
    expect(empty).toMatch(/Bản đăng ký làm theo<span class="req"> \*<\/span>/);
    // No maxlength for the browser to cut a paste with; the count instead.
    expect(empty).not.toMatch(/<textarea[^>]*maxlength/);
    expect(empty).toContain('data-max="2000"');
    expect(empty).toContain("0/2.000 ký tự");
    expect(empty).toContain('src="/static/forms.js"');
    const minimum = rows(empty);
    expect(minimum).toBe(4);

    // Two rows filled: two blank rows up to the minimum; "Thêm nội dung" makes it three.
    const ids = await criteriaOf(m.cookie);
    const two: Record<string, string> = { registration: "Đăng ký", action: "add" };
    for (const i of [0, 1]) {
      two[`items.${i}.criterionVersionId`] = ids[i]!;
      two[`items.${i}.commitment`] = `Cam kết thứ ${i + 1} của đồng chí`;
      two[`items.${i}.measure`] = "Hoàn thành đúng hạn";
      two[`items.${i}.dueDate`] = `${Y}-11-30`;
    }
    const added = await call("POST", `${page}?year=${Y}`, { cookie: m.cookie, form: two });
    expect(added.status).toBe(303);
    const after = await expectStatus(
      await call("GET", added.headers.get("location")!, { cookie: m.cookie }),
      200,
    );
    expect(rows(after)).toBe(5);
    const once = await expectStatus(await call("GET", `${page}?year=${Y}`, { cookie: m.cookie }), 200);
    expect(rows(once)).toBe(4);

    // 10,000 pasted characters: refused with the field named, all of it kept, the count over the limit.
    const long = "Làm theo gương Bác. ".repeat(500);
    const bad = await call("POST", `${page}?year=${Y}`, {
      cookie: m.cookie,
      form: { ...two, action: "save", "items.0.commitment": long },
    });
    const html = await expectStatus(bad, 400);
    expect(html).toContain("Nội dung 1, Cam kết cụ thể: Nội dung cam kết tối đa 2.000 ký tự.");
    expect(html).toContain(long.trim());
    expect(html).toContain('class="counter over"');

    const js = await call("GET", "/static/forms.js");
    expect(js.headers.get("content-type")).toContain("javascript");
    expect(await js.text()).toContain("data-max");
  });
});
