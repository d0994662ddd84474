/** The four year-end ratings of a party member (best first), and their wording. */
export const RATING_LEVELS = ["xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh"] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABEL: Record<RatingLevel, string> = {
  xuat_sac: "Hoàn thành xuất sắc nhiệm vụ",
  tot: "Hoàn thành tốt nhiệm vụ",
  hoan_thanh: "Hoàn thành nhiệm vụ",
  khong_hoan_thanh: "Không hoàn thành nhiệm vụ",
};

export const isRatingLevel = (s: string | null | undefined): s is RatingLevel =>
  !!s && (RATING_LEVELS as readonly string[]).includes(s);
