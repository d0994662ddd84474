import { describe, expect, it } from "vitest";
import { capCheck, capOf, levelAboveCap, suggest } from "./evaluations.rules";

describe("evaluation rules", () => {
  it("bands the 100-point score and lowers it by the hard conditions", () => {
    expect(suggest(28, 62, [])).toMatchObject({ total: 90, level: "xuat_sac", cappedBy: null });
    expect(suggest(25, 64, [])).toMatchObject({ total: 89, level: "tot" });
    expect(suggest(20, 50, [])).toMatchObject({ total: 70, level: "tot" });
    expect(suggest(20, 49, [])).toMatchObject({ total: 69, level: "hoan_thanh" });
    expect(suggest(10, 39, [])).toMatchObject({ total: 49, level: "khong_hoan_thanh" });
    expect(suggest(30, 70, ["discipline"])).toMatchObject({
      band: "xuat_sac",
      level: "hoan_thanh",
      cappedBy: "discipline",
    });
    expect(suggest(30, 70, ["job_not_excellent"])).toMatchObject({ level: "tot" });
    expect(suggest(null, 60, [])).toBeNull();
  });

  it("caps take the strictest condition; a level above the cap has a reason in Vietnamese", () => {
    expect(capOf(["job_not_excellent", "discipline"])?.level).toBe("hoan_thanh");
    expect(capOf(["degradation", "discipline"])?.level).toBe("khong_hoan_thanh");
    expect(levelAboveCap("tot", ["discipline"])).toContain("Hoàn thành nhiệm vụ");
    expect(levelAboveCap("hoan_thanh", ["discipline"])).toBeNull();
    expect(levelAboveCap("xuat_sac", [])).toBeNull();
  });

  it("warns when one more “xuất sắc” would exceed the share of “tốt” in the grassroots organisation", () => {
    const s = { percent: 20, enabled: true };
    expect(capCheck(s, "Đảng bộ Trường", { xuatSac: 0, tot: 5 }).warning).toBeNull();
    expect(capCheck(s, "Đảng bộ Trường", { xuatSac: 1, tot: 5 }).warning).toContain("vượt tỷ lệ 20 %");
    expect(capCheck(s, "Đảng bộ Trường", { xuatSac: 0, tot: 0 }).warning).not.toBeNull();
    expect(capCheck({ percent: 50, enabled: true }, "X", { xuatSac: 1, tot: 4 }).warning).toBeNull();
    expect(capCheck({ percent: 20, enabled: false }, "X", { xuatSac: 9, tot: 0 }).warning).toBeNull();
  });
});
