// The rotation of reports before the cell (báo cáo luân phiên): the year's regular meetings, and
// members spread over them with the leaders (group 1) first — "trên trước, dưới sau". Pure.

/** The day-of-month `day` of each month from `fromMonth` to December of `year`, not before `today`. */
export function meetingDates(year: number, day: number, fromMonth: number, today: string): string[] {
  const out: string[] = [];
  for (let m = fromMonth; m <= 12; m++) {
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    const d = `${year}-${String(m).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
    if (d >= today) out.push(d);
  }
  return out;
}

/**
 * Members (group 1 first, then in their order) spread evenly over the dates: with fewer members than
 * meetings they are spaced out, with more several report at one meeting.
 */
export function spreadTurns<M extends { id: string; grp: string }>(
  people: M[],
  dates: string[],
): { memberId: string; date: string }[] {
  if (!dates.length) return [];
  const ordered = [
    ...people.filter((p) => p.grp === "exemplar"),
    ...people.filter((p) => p.grp !== "exemplar"),
  ];
  return ordered.map((p, i) => ({
    memberId: p.id,
    date: dates[Math.floor((i * dates.length) / ordered.length)]!,
  }));
}
