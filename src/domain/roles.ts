import { vocabulary } from "./vocabulary";

/** Roles inside a tenant: the tenant admin, a secretary acting for a unit's subtree, a member. */
export const { values: ROLES, labels: ROLE_LABEL } = vocabulary({
  admin: "Quản trị đơn vị",
  secretary: "Bí thư / cấp ủy viên",
  member: "Đảng viên",
});
export type Role = (typeof ROLES)[number];
