/** A party member's record status; only the current ones register plans and are counted. */
export const MEMBER_STATUSES = [
  "official",
  "probationary",
  "transferred_out",
  "deceased",
  "removed",
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const CURRENT_STATUSES: MemberStatus[] = ["official", "probationary"];

export const MEMBER_STATUS_LABEL: Record<MemberStatus, string> = {
  official: "Chính thức",
  probationary: "Dự bị",
  transferred_out: "Đã chuyển đi",
  deceased: "Từ trần",
  removed: "Đã xóa tên",
};
