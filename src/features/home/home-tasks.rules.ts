// "Việc đang chờ" from what the read batch found (pure): the member's next steps with their
// deadlines, and a manager's queues. Links are paths under /t/{slug}.
import { ENTRY_KIND_LABEL, type EntryKind, windowsOf } from "../notebook";
import { formatIsoDate } from "../../ui/format";
import type { CycleRow } from "../cycles";

/** Counts past this are shown as "999+": enough to say there is work, without a full scan. */
export const CAP = 999;

export interface Task {
  kind: string;
  title: string;
  detail: string | null;
  /** ISO date (Vietnam time) by which it is due, if any. */
  deadline: string | null;
  overdue: boolean;
  count: number | null;
  link: string;
}

export type CycleFacts = Pick<
  CycleRow,
  | "year"
  | "status"
  | "checkpointMode"
  | "exemplarDeadline"
  | "followerDeadline"
  | "midyearFrom"
  | "midyearTo"
  | "annualFrom"
  | "annualTo"
>;

export interface MemberFacts {
  today: string;
  year: number;
  group: string;
  cycle: CycleFacts | null;
  plan: { status: string; returnComment: string | null; returnedByLabel: string | null } | null;
  entries: { kind: string; status: string }[];
  evaluation: { selfLevel: string | null; cellLevel: string | null; status: string } | null;
}

/** A review is shown from this many days before its window opens. */
const LEAD_DAYS = 14;

const task = (today: string, t: Omit<Task, "overdue" | "detail" | "count"> & Partial<Task>): Task => ({
  detail: null,
  count: null,
  ...t,
  overdue: !!t.deadline && today > t.deadline,
});

const daysBefore = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** The member's next steps for the year: the plan, the reviews whose window is near, the self-assessment. */
export function memberTasks(f: MemberFacts): Task[] {
  const c = f.cycle;
  if (c?.status !== "open") return [];
  const y = f.year;
  const out: Task[] = [];
  const plan = `/my-plan?year=${y}`;
  const deadline = f.group === "exemplar" ? c.exemplarDeadline : c.followerDeadline;
  const status = f.plan?.status ?? "none";
  if (status === "none" || status === "draft")
    out.push(
      task(f.today, {
        kind: "plan.write",
        title: status === "none" ? `Lập và nộp kế hoạch năm ${y}` : `Hoàn thiện và nộp kế hoạch năm ${y}`,
        detail: status === "draft" ? "Kế hoạch đang soạn, chưa nộp cho chi bộ." : null,
        deadline,
        link: plan,
      }),
    );
  if (status === "returned")
    out.push(
      task(f.today, {
        kind: "plan.fix",
        title: `Sửa và nộp lại kế hoạch năm ${y}`,
        detail: `Chi bộ trả lại${f.plan?.returnedByLabel ? ` (${f.plan.returnedByLabel})` : ""}: “${f.plan?.returnComment ?? ""}”`,
        deadline,
        link: plan,
      }),
    );
  if (status === "submitted")
    out.push(
      task(f.today, {
        kind: "plan.waiting",
        title: `Kế hoạch năm ${y} đang chờ chi bộ xác nhận`,
        detail: "Đồng chí không cần làm gì thêm; chi bộ sẽ xác nhận hoặc trả lại kèm ý kiến.",
        deadline: null,
        link: plan,
      }),
    );
  // The reviews and the self-assessment follow a plan handed in to the cell.
  if (status === "none" || status === "draft") return out;
  const submitted = new Set(f.entries.filter((e) => e.status === "submitted").map((e) => e.kind));
  // The first review not yet in, once its window is near: reviews go in order.
  const next = Object.entries(windowsOf(c)).find(([kind]) => !submitted.has(kind));
  if (next && f.today >= daysBefore(next[1].from, LEAD_DAYS)) {
    const [kind, w] = next;
    out.push(
      task(f.today, {
        kind: `notebook.${kind}`,
        title: `Viết bài “${ENTRY_KIND_LABEL[kind as EntryKind]}” trong sổ tay`,
        detail: `Thời gian viết: ${formatIsoDate(w.from)} – ${formatIsoDate(w.to)}.`,
        deadline: w.to,
        link: `/notebook?year=${y}`,
      }),
    );
  }
  const ev = f.evaluation;
  const selfOpen = ev?.status !== "decided" && !ev?.cellLevel && !ev?.selfLevel;
  if (selfOpen && (submitted.has("annual") || f.today >= c.annualFrom))
    out.push(
      task(f.today, {
        kind: "evaluation.self",
        title: `Tự đánh giá, xếp loại năm ${y}`,
        detail: "Đồng chí tự nhận mức xếp loại trước khi chi bộ đề xuất.",
        deadline: c.annualTo,
        link: "/evaluations/mine",
      }),
    );
  return out;
}

export interface ManagerFacts {
  today: string;
  year: number;
  role: "admin" | "secretary";
  waitingPlans: number;
  toComment: number | null;
  toPropose: number | null;
  toDecide: number;
  accountsToActivate: number | null;
  onboardingLeft: number | null;
}

const counted = (today: string, n: number | null, t: Omit<Task, "overdue" | "count" | "deadline">): Task[] =>
  n ? [task(today, { ...t, deadline: null, count: n })] : [];

/** A secretary's or an admin's queues; only those with work in them. */
export function managerTasks(f: ManagerFacts): Task[] {
  const y = f.year;
  return [
    ...counted(f.today, f.onboardingLeft, {
      kind: "onboarding",
      title: "Bước thiết lập ban đầu còn lại",
      detail: "Hoàn thành để các chi bộ bắt đầu lập kế hoạch.",
      link: "/onboarding",
    }),
    ...counted(f.today, f.waitingPlans, {
      kind: "plans.confirm",
      title: `Kế hoạch năm ${y} chờ xác nhận`,
      detail: "Xác nhận (có thể chọn nhiều) hoặc trả lại kèm ý kiến.",
      link: `/plans/queue?year=${y}`,
    }),
    ...counted(f.today, f.toComment, {
      kind: "notebook.comment",
      title: "Bài sổ tay chờ chi bộ nhận xét",
      detail: null,
      link: `/compliance?year=${y}`,
    }),
    ...counted(f.today, f.toPropose, {
      kind: "evaluations.propose",
      title: `Đảng viên chờ chi bộ đề xuất xếp loại năm ${y}`,
      detail: "Đã nộp bản tổng kết năm trong sổ tay.",
      link: `/evaluations?year=${y}`,
    }),
    ...counted(f.today, f.toDecide, {
      kind: "evaluations.decide",
      title: `Đề xuất xếp loại năm ${y} chờ cấp ủy quyết định`,
      detail: null,
      link: `/evaluations?year=${y}`,
    }),
    ...counted(f.today, f.accountsToActivate, {
      kind: "accounts.activate",
      title: "Tài khoản chưa đặt mật khẩu",
      detail: "Gửi liên kết đặt mật khẩu hoặc in phiếu đăng nhập.",
      link: "/admin/accounts",
    }),
  ];
}
