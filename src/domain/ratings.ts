import { vocabulary } from "./vocabulary";

/** The four year-end ratings of a party member (best first), and their wording. */
export const { values: RATING_LEVELS, labels: RATING_LABEL } = vocabulary({
  xuat_sac: "Hoàn thành xuất sắc nhiệm vụ",
  tot: "Hoàn thành tốt nhiệm vụ",
  hoan_thanh: "Hoàn thành nhiệm vụ",
  khong_hoan_thanh: "Không hoàn thành nhiệm vụ",
});
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const isRatingLevel = (s: string | null | undefined): s is RatingLevel =>
  !!s && (RATING_LEVELS as readonly string[]).includes(s);
