import { describe, expect, it } from "vitest";
import { ROLES } from "../domain/roles";
import { menuFor, NAV } from "./nav";

describe("menuFor", () => {
  it("puts each of a role's entries exactly once on a wide screen and once on a narrow one", () => {
    for (const role of ROLES) {
      const mine = NAV.filter((n) => n.roles.includes(role)).map((n) => n.path);
      const { bar, more } = menuFor(role);
      const panel = more.flatMap((s) => s.items);
      const wide = [
        ...bar.map((b) => b.item.path),
        ...panel.filter((e) => !e.narrow).map((e) => e.item.path),
      ];
      const narrow = [
        ...bar.filter((b) => !b.wide).map((b) => b.item.path),
        ...panel.map((e) => e.item.path),
      ];
      expect(wide.sort(), role).toEqual([...mine].sort());
      expect(narrow.sort(), role).toEqual([...mine].sort());
    }
  });

  it("keeps a role's bar short and lists the rest under section headings", () => {
    const admin = menuFor("admin");
    expect(admin.bar.filter((b) => !b.wide).map((b) => b.item.label)).toEqual([
      "Trang chủ",
      "Đảng viên",
      "Báo cáo",
    ]);
    expect(admin.more.map((s) => s.label)).toContain("Dữ liệu, kết nối");
    expect(
      menuFor("member")
        .more.flatMap((s) => s.items)
        .map((e) => e.item.path),
    ).not.toContain("/admin/export");
  });
});
