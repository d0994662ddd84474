import { describe, expect, it } from "vitest";
import { searchKey } from "../../platform/text";
import { GROUP_LABEL } from "../../domain/groups";
import { groupFor, parsePositions, positionLabel } from "./members-positions.rules";
import { nameParts, vietnameseSortKey } from "./members-sort.rules";

const sorted = (names: string[]) =>
  [...names].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));

describe("vietnameseSortKey", () => {
  it("splits given, middle and family names", () => {
    expect(nameParts("  Nguyễn   Thị Thu  Hà ")).toEqual({
      given: "Hà",
      middle: ["Thị", "Thu"],
      family: "Nguyễn",
    });
    expect(nameParts("Hà")).toEqual({ given: "Hà", middle: [], family: "" });
  });

  it("sorts by given name first, then middle, then family", () => {
    const names = ["Trần Văn Bình", "Nguyễn Văn An", "Lê Văn An", "Trần An", "Nguyễn Thị An", "An"];
    expect(sorted(names)).toEqual([
      "An",
      "Trần An",
      "Nguyễn Thị An",
      "Lê Văn An",
      "Nguyễn Văn An",
      "Trần Văn Bình",
    ]);
  });

  it("follows the Vietnamese alphabet: a ă â … d đ … o ô ơ … u ư", () => {
    expect(
      sorted(["Lê Ân", "Lê Ăn", "Lê An", "Lê Đào", "Lê Dũng", "Lê Ơn", "Lê Ôn", "Lê On", "Lê Ưng", "Lê Uy"]),
    ).toEqual(["Lê An", "Lê Ăn", "Lê Ân", "Lê Dũng", "Lê Đào", "Lê On", "Lê Ôn", "Lê Ơn", "Lê Uy", "Lê Ưng"]);
  });

  it("orders tones after the letters: ngang, huyền, hỏi, ngã, sắc, nặng", () => {
    expect(sorted(["Lê Á", "Lê Ạ", "Lê A", "Lê Ã", "Lê Ả", "Lê À"])).toEqual([
      "Lê A",
      "Lê À",
      "Lê Ả",
      "Lê Ã",
      "Lê Á",
      "Lê Ạ",
    ]);
    // Letters decide before tones: "Ánh" (a…) comes before "Ân" (â…), and "Anh" before "Ánh".
    expect(sorted(["Lê Ân", "Lê Ánh", "Lê Anh"])).toEqual(["Lê Anh", "Lê Ánh", "Lê Ân"]);
    // The given name decides as a whole before the middle name does.
    expect(sorted(["Phạm Thị Ánh", "Nguyễn Văn Anh"])).toEqual(["Nguyễn Văn Anh", "Phạm Thị Ánh"]);
  });

  it("ignores case and Unicode form, and handles stacked marks", () => {
    expect(vietnameseSortKey("NGUYỄN VĂN AN")).toBe(vietnameseSortKey("Nguyễn Văn An"));
    expect(vietnameseSortKey("Nguyễn Văn An".normalize("NFD"))).toBe(vietnameseSortKey("Nguyễn Văn An"));
    expect(sorted(["Trương Thị Trường", "Trương Thị Truong", "Trương Thị Trưởng"])).toEqual([
      "Trương Thị Truong",
      "Trương Thị Trường",
      "Trương Thị Trưởng",
    ]);
  });

  it("keeps keys printable ASCII for any input", () => {
    for (const name of ["Sơn Thị Sa Rươne", "A Blông", "Kim Sô Phon", "Müller Jürgen", "李 小龙", ""]) {
      expect(vietnameseSortKey(name)).toMatch(/^[\x20-\x7e]*$/);
    }
  });
});

describe("search key and positions", () => {
  it("makes names diacritic-free and lower-case (đ → d)", () => {
    expect(searchKey("Đặng Thị Mỹ Linh")).toBe("dang thi my linh");
    expect(searchKey("NGUYỄN VĂN AN")).toBe("nguyen van an");
  });

  it("reads position labels case- and diacritic-insensitively, and reports unknown ones", () => {
    expect(parsePositions("bi thu chi bo; CHI ỦY VIÊN", "party")).toEqual({
      codes: ["cell_secretary", "cell_committee_member"],
      unknown: [],
    });
    expect(parsePositions("Phó Trưởng khoa, Hiệu trưởng\nGiám đốc", "gov").codes).toEqual([
      "deputy_faculty_head",
      "principal",
      "head",
    ]);
    expect(parsePositions("Trưởng khoa; Thủ quỹ", "party")).toEqual({
      codes: [],
      unknown: ["Trưởng khoa", "Thủ quỹ"],
    });
    expect(positionLabel("cell_secretary")).toBe("Bí thư chi bộ");
  });

  it("puts a member in group 1 when any position is a group-1 position", () => {
    expect(groupFor(["group_leader"], ["cell_secretary"])).toBe("follower");
    expect(groupFor(["group_leader", "cell_secretary"], ["cell_secretary"])).toBe("exemplar");
    expect(groupFor([], ["cell_secretary"])).toBe("follower");
    expect(GROUP_LABEL.exemplar).toContain("gương mẫu");
  });
});
