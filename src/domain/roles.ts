/** Roles inside a tenant: the tenant admin, a secretary acting for a unit's subtree, a member. */
export const ROLES = ["admin", "secretary", "member"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  admin: "Quản trị đơn vị",
  secretary: "Bí thư / cấp ủy viên",
  member: "Đảng viên",
};
