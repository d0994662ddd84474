import type { Role } from "../platform/context";

/** The menu's sections: the "Thêm" panel lists what is not on the bar under these headings. */
export const NAV_SECTION_LABEL = {
  general: "Chung",
  people: "Tổ chức, đảng viên",
  plans: "Tiêu chí, kế hoạch",
  notebook: "Sổ tay, sinh hoạt",
  results: "Đánh giá, khen thưởng",
  system: "Dữ liệu, kết nối",
} as const;
export type NavSection = keyof typeof NAV_SECTION_LABEL;

/**
 * Where a role finds an entry: "bar" on the menu bar at every width, "wide" on the bar of a wide
 * screen and in the "Thêm" panel of a narrow one; unnamed roles find it in the "Thêm" panel.
 */
export type NavPlace = "bar" | "wide";

export interface NavItem {
  /** Path under /t/{slug}. */
  path: string;
  label: string;
  roles: Role[];
  section: NavSection;
  place?: Partial<Record<Role, NavPlace>>;
}

const ALL: Role[] = ["admin", "secretary", "member"];
const LEADERS: Role[] = ["admin", "secretary"];
const BAR: NavPlace = "bar";
const WIDE: NavPlace = "wide";

const entry = (
  path: string,
  label: string,
  roles: Role[],
  section: NavSection,
  place: NavItem["place"] = {},
): NavItem => ({ path, label, roles, section, place });

/** The tenant navigation; each feature adds its entries here, in display order within a section. */
export const NAV: NavItem[] = [
  entry("/", "Trang chủ", ALL, "general", { admin: BAR, secretary: BAR, member: BAR }),
  entry("/notifications", "Thông báo", ALL, "general", { member: WIDE }),
  entry("/members/me", "Hồ sơ của tôi", ["member"], "general", { member: WIDE }),
  entry("/admin/units", "Tổ chức đảng", LEADERS, "people", { admin: WIDE }),
  entry("/members", "Đảng viên", LEADERS, "people", { admin: BAR }),
  entry("/admin/accounts", "Tài khoản", LEADERS, "people"),
  entry("/my-plan", "Kế hoạch của tôi", ["secretary", "member"], "plans", { member: BAR, secretary: WIDE }),
  entry("/criteria", "Tiêu chí của tôi", ALL, "plans", { member: WIDE }),
  entry("/plans/queue", "Duyệt kế hoạch", LEADERS, "plans", { secretary: BAR }),
  entry("/plans/dashboard", "Tiến độ kế hoạch", LEADERS, "plans", { admin: WIDE, secretary: WIDE }),
  entry("/admin/criteria", "Khung tiêu chí", LEADERS, "plans"),
  entry("/admin/cycles", "Chu kỳ năm", LEADERS, "plans"),
  entry("/notebook", "Sổ tay", ALL, "notebook", { member: BAR, secretary: BAR }),
  entry("/compliance", "Theo dõi sổ tay", LEADERS, "notebook", { admin: WIDE, secretary: WIDE }),
  entry("/meetings", "Sinh hoạt chi bộ", LEADERS, "notebook"),
  entry("/report-turns", "Lịch báo cáo luân phiên", LEADERS, "notebook"),
  entry("/conferences", "Hội nghị học tập", LEADERS, "notebook"),
  entry("/evaluations", "Đánh giá, xếp loại", ALL, "results", { admin: WIDE, secretary: WIDE, member: WIDE }),
  entry("/exemplars", "Mô hình, điển hình", ALL, "results"),
  entry("/commendations", "Khen thưởng", ALL, "results"),
  entry("/reports", "Báo cáo", LEADERS, "results", { admin: BAR }),
  entry("/admin/export", "Xuất dữ liệu", ["admin"], "system"),
  entry("/admin/api-keys", "Khóa API", ["admin"], "system"),
  entry("/admin/webhooks", "Webhook", ["admin"], "system"),
];
export interface RoleMenu {
  /** On the bar; `wide` ones only on a wide screen. */
  bar: { item: NavItem; wide: boolean }[];
  /** The "Thêm" panel by section; `narrow` entries only on a narrow screen (the bar has them when wide). */
  more: { section: NavSection; label: string; items: { item: NavItem; narrow: boolean }[] }[];
}

/** A role's menu: the bar and the sections of the "Thêm" panel, each in NAV order. */
export function menuFor(role: Role): RoleMenu {
  const mine = NAV.filter((n) => n.roles.includes(role));
  const bar = mine
    .filter((n) => n.place?.[role])
    .map((item) => ({ item, wide: item.place?.[role] === "wide" }));
  const sections = Object.keys(NAV_SECTION_LABEL) as NavSection[];
  const more = sections
    .map((section) => ({
      section,
      label: NAV_SECTION_LABEL[section],
      items: mine
        .filter((n) => n.section === section && n.place?.[role] !== "bar")
        .map((item) => ({ item, narrow: item.place?.[role] === "wide" })),
    }))
    .filter((s) => s.items.length > 0);
  return { bar, more };
}
