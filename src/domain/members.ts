import { z } from "@hono/zod-openapi";
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

/** Party card numbers: spaces dropped, upper-case, 3–30 of A–Z 0–9 . / - */
export function normaliseCard(s: string): string {
  return s.replace(/\s+/g, "").toUpperCase();
}
export const CARD_RE = /^[A-Z0-9][A-Z0-9./-]{2,29}$/;
const CARD_MSG = "Số thẻ đảng viên gồm 3–30 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch chéo.";
export const CardNumber = z.string().transform(normaliseCard).pipe(z.string().regex(CARD_RE, CARD_MSG));
