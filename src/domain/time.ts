/** Vietnam keeps UTC+7 all year (no daylight saving). */
export const VN_OFFSET_MS = 7 * 3600_000;
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The date in Vietnam at `now` (epoch ms) as YYYY-MM-DD. */
export function vnToday(now: number): string {
  return new Date(now + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The year in Vietnam at `now`. */
export function vnYear(now: number): number {
  return Number(vnToday(now).slice(0, 4));
}

/** The date in Vietnam as YYYYMMDD, for file names. */
export function vnDateStamp(now: number): string {
  return vnToday(now).replace(/-/g, "");
}

/** The instant (epoch ms) a Vietnamese calendar day `YYYY-MM-DD` begins. */
export const vnDayStartMs = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) - VN_OFFSET_MS;
