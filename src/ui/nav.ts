import type { Role } from "../platform/context";

export interface NavItem {
  /** Path under /t/{slug}. */
  path: string;
  label: string;
  roles: Role[];
}

/** The tenant navigation; each feature adds its entries here, in display order. */
export const NAV: NavItem[] = [
  { path: "/", label: "Trang chủ", roles: ["admin", "secretary", "member"] },
  { path: "/admin/units", label: "Tổ chức đảng", roles: ["admin", "secretary"] },
  { path: "/admin/accounts", label: "Tài khoản", roles: ["admin", "secretary"] },
];
