import { describe, expect, it } from "vitest";
import { call, expectStatus, makeTenant } from "../../../test/harness";

describe("landing page", () => {
  it("explains the product and links to sign-in and sign-up", async () => {
    const html = await expectStatus(await call("GET", "/"), 200);
    expect(html).toContain("Trên làm gương mẫu mực, dưới tích cực làm theo");
    for (const who of ["Đảng viên", "Bí thư chi bộ", "Cấp ủy"]) expect(html).toContain(who);
    expect(html).toContain('href="/dang-ky"');
    expect(html).toContain('action="/dang-nhap"');
    expect(html).toContain("tối đa 300 đảng viên");
  });

  it("sends a tenant code to that tenant's sign-in page", async () => {
    const t = await makeTenant();
    const res = await call("GET", `/dang-nhap?don-vi=${t.info.slug.toUpperCase()}`);
    await expectStatus(res, 303);
    expect(res.headers.get("location")).toBe(`/t/${t.info.slug}/login`);
    const bad = await call("GET", "/dang-nhap?don-vi=%3Cx%3E");
    expect(bad.headers.get("location")).toBe("/#dang-nhap");
  });
});
