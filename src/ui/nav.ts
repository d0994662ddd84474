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
  { path: "/members", label: "Đảng viên", roles: ["admin", "secretary"] },
  { path: "/members/me", label: "Hồ sơ của tôi", roles: ["member"] },
  { path: "/admin/criteria", label: "Khung tiêu chí", roles: ["admin", "secretary"] },
  { path: "/criteria", label: "Tiêu chí của tôi", roles: ["admin", "secretary", "member"] },
  { path: "/my-plan", label: "Kế hoạch của tôi", roles: ["secretary", "member"] },
  { path: "/plans/queue", label: "Duyệt kế hoạch", roles: ["admin", "secretary"] },
  { path: "/plans/dashboard", label: "Tiến độ kế hoạch", roles: ["admin", "secretary"] },
  { path: "/admin/cycles", label: "Chu kỳ năm", roles: ["admin", "secretary"] },
  { path: "/notifications", label: "Thông báo", roles: ["admin", "secretary", "member"] },
  { path: "/notebook", label: "Sổ tay", roles: ["admin", "secretary", "member"] },
  { path: "/compliance", label: "Theo dõi sổ tay", roles: ["admin", "secretary"] },
  { path: "/meetings", label: "Sinh hoạt chi bộ", roles: ["admin", "secretary"] },
  { path: "/evaluations", label: "Đánh giá, xếp loại", roles: ["admin", "secretary", "member"] },
  { path: "/reports", label: "Báo cáo", roles: ["admin", "secretary"] },
  { path: "/exemplars", label: "Mô hình, điển hình", roles: ["admin", "secretary", "member"] },
  { path: "/commendations", label: "Khen thưởng", roles: ["admin", "secretary", "member"] },
  { path: "/conferences", label: "Hội nghị học tập", roles: ["admin", "secretary"] },
  { path: "/admin/export", label: "Xuất dữ liệu", roles: ["admin"] },
  { path: "/admin/api-keys", label: "Khóa API", roles: ["admin"] },
  { path: "/admin/webhooks", label: "Webhook", roles: ["admin"] },
];
