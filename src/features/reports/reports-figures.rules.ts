// Types of the figures catalogue and the arithmetic its derived figures use.

export type Grp = "exemplar" | "follower" | "all";
export interface Triple {
  exemplar: number;
  follower: number;
  all: number;
}
export type Figures = Record<string, Triple>;

export const SECTIONS = {
  plans: "Đảng viên, đăng ký và kế hoạch cá nhân",
  notebook: "Sổ tay làm theo gương Bác",
  evaluation: "Đánh giá, xếp loại cuối năm",
  exemplars: "Mô hình, điển hình, khen thưởng và hội nghị",
} as const;
export type SectionKey = keyof typeof SECTIONS;

/** What the people behind a figure are (reports.people.service.ts turns it into a filter). */
export type PeopleKind =
  | { from: "members" }
  | { from: "no_plan" }
  | { from: "plans"; status?: string; flag?: "registered" | "late" | "leaders_late" }
  | { from: "notebook"; kind: string; late?: boolean }
  | { from: "evaluations"; level: string };

export interface FigureDef {
  key: string;
  label: string;
  section: SectionKey;
  /** The counter read (unit_counters.metric). */
  metric?: string;
  /** Computed from figures above it (e.g. not started = members − plans). */
  derive?: (f: Figures) => Triple;
  /** Shown with its share of this figure (e.g. registered of members). */
  of?: string;
  /** Split by group (nhóm 1 / nhóm 2); otherwise only the total is meaningful. */
  grouped: boolean;
  people?: PeopleKind;
  /** Left out of tables when zero (e.g. quarterly reviews in a three-checkpoint year). */
  hideZero?: boolean;
}

/** a − b − … per group, never below zero. */
export const minus = (a: Triple | undefined, ...bs: (Triple | undefined)[]): Triple => {
  const v = (g: Grp) => Math.max(0, (a?.[g] ?? 0) - bs.reduce((s, b) => s + (b?.[g] ?? 0), 0));
  return { exemplar: v("exemplar"), follower: v("follower"), all: v("all") };
};

/** The sum of figures per group. */
export function sum(...ts: (Triple | undefined)[]): Triple {
  const v = (g: Grp) => ts.reduce((s, t) => s + (t?.[g] ?? 0), 0);
  return { exemplar: v("exemplar"), follower: v("follower"), all: v("all") };
}

/** part / whole as a percentage with one decimal, or null when whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
