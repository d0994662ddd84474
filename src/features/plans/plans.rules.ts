// The plan's state machine and the facts it contributes to the roll-up counters. Pure: the
// services compute the next state here, then write it in one batch.
import type { Group } from "../../domain/groups";
import type { Fact } from "../../platform/counter-facts";
import { conflict } from "../../platform/errors";
import type { PlanStatus } from "./plans.inputs";

export type PlanAction = "save" | "submit" | "confirm" | "return" | "reopen";

const FROM: Record<PlanAction, (PlanStatus | "none")[]> = {
  save: ["none", "draft", "returned"],
  submit: ["none", "draft", "returned"],
  confirm: ["submitted"],
  return: ["submitted"],
  reopen: ["confirmed"],
};

const REFUSAL: Record<PlanAction, Partial<Record<PlanStatus | "none", string>>> = {
  save: {
    submitted: "Kế hoạch đã nộp, đang chờ chi bộ xác nhận: không thể sửa lúc này.",
    confirmed: "Kế hoạch đã được chi bộ xác nhận và đã khóa: không thể sửa.",
  },
  submit: {
    submitted: "Kế hoạch đã được nộp trước đó.",
    confirmed: "Kế hoạch đã được chi bộ xác nhận.",
  },
  confirm: {
    none: "Đảng viên chưa lập kế hoạch.",
    draft: "Kế hoạch còn là bản nháp, chưa nộp: chưa thể xác nhận.",
    returned: "Kế hoạch đã được trả lại để sửa, chưa nộp lại: chưa thể xác nhận.",
    confirmed: "Kế hoạch đã được xác nhận trước đó.",
  },
  return: {
    none: "Đảng viên chưa lập kế hoạch.",
    draft: "Kế hoạch còn là bản nháp, chưa nộp: không có gì để trả lại.",
    returned: "Kế hoạch đã được trả lại trước đó.",
    confirmed: "Kế hoạch đã xác nhận: dùng “Mở lại” kèm lý do.",
  },
  reopen: {
    none: "Đảng viên chưa lập kế hoạch.",
    draft: "Chỉ mở lại được kế hoạch đã xác nhận.",
    submitted: "Kế hoạch đang chờ xác nhận: dùng “Trả lại” kèm ý kiến.",
    returned: "Kế hoạch đang ở trạng thái trả lại để sửa.",
  },
};

/** The status after `action`, or 409 when the action is illegal from `from`. */
export function transition(from: PlanStatus | "none", action: PlanAction): PlanStatus {
  if (!FROM[action].includes(from))
    throw conflict(REFUSAL[action][from] ?? "Thao tác không hợp lệ ở trạng thái hiện tại của kế hoạch.");
  switch (action) {
    case "save":
      return from === "returned" ? "returned" : "draft";
    case "submit":
      return "submitted";
    case "confirm":
      return "confirmed";
    case "return":
    case "reopen":
      return "returned";
  }
}

/** What a plan contributes to the counters, keyed where it lives. */
export interface Counted {
  unitPath: string;
  year: number;
  grp: Group;
  status: PlanStatus;
  registered: boolean;
  late: boolean;
  leadersLate: boolean;
}

export const PLAN_METRICS = [
  "plan.draft",
  "plan.submitted",
  "plan.returned",
  "plan.confirmed",
  "plan.registered",
  "plan.late",
  "plan.leaders_late",
] as const;

/** What a plan counts as: its status, and whether it is registered, late, late behind its leaders. */
export function planFacts(s: Counted): Fact[] {
  const metrics = [`plan.${s.status}`];
  if (s.registered) metrics.push("plan.registered");
  if (s.late) metrics.push("plan.late");
  if (s.leadersLate) metrics.push("plan.leaders_late");
  return metrics.map((metric) => ({ unitPath: s.unitPath, year: s.year, metric, grp: s.grp, n: 1 }));
}
