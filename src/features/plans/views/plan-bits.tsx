import { GROUP_SHORT, type Group } from "../../../domain/groups";
import type { FC } from "hono/jsx";
import { Badge, Empty } from "../../../ui/components";
import { formatDateTime, formatIsoDate } from "../../../ui/format";
import { PLAN_STATUS_LABEL, type PlanStatus } from "../plans.inputs";
import type { PlanEventOut, PlanItemOut } from "../plans.outputs";

const TONE: Record<PlanStatus | "not_started", "neutral" | "good" | "warn" | "bad" | "accent"> = {
  not_started: "neutral",
  draft: "neutral",
  submitted: "accent",
  returned: "warn",
  confirmed: "good",
};

export const StatusBadge: FC<{ status: PlanStatus | "not_started" }> = ({ status }) => (
  <Badge tone={TONE[status]}>{PLAN_STATUS_LABEL[status]}</Badge>
);

export const GroupBadge: FC<{ group: Group }> = ({ group }) => (
  <Badge tone={group === "exemplar" ? "accent" : "neutral"}>{GROUP_SHORT[group]}</Badge>
);

export const LateBadge: FC<{ late: boolean }> = ({ late }) =>
  late ? <Badge tone="bad">Nộp muộn</Badge> : null;

const EVENT_LABEL: Record<PlanEventOut["kind"], string> = {
  entered: "Nhập thay đảng viên",
  submitted: "Nộp kế hoạch",
  returned: "Chi bộ trả lại để sửa",
  confirmed: "Chi bộ xác nhận",
  reopened: "Mở lại để điều chỉnh",
};

/** The plan's trail: who did what, when, with the comment or the meeting cited. */
export const Trail: FC<{ events: PlanEventOut[] }> = ({ events }) =>
  events.length === 0 ? (
    <Empty>Chưa có hoạt động nào.</Empty>
  ) : (
    <ol class="list">
      {events.map((e) => (
        <li>
          <span>
            <b>{EVENT_LABEL[e.kind]}</b>
            {e.onBehalf && e.kind === "submitted" ? " (nộp thay)" : ""}
            <br />
            <span class="meta">
              {e.actorLabel} · {formatDateTime(e.at)}
              {e.meetingDate ? ` · họp chi bộ ngày ${formatIsoDate(e.meetingDate)}` : ""}
              {e.minutesNumber ? ` · biên bản số ${e.minutesNumber}` : ""}
            </span>
            {e.comment && <p class="hint">“{e.comment}”</p>}
          </span>
        </li>
      ))}
    </ol>
  );

/** The items read-only, each with the wording of the criterion version it was written against. */
export const ItemsList: FC<{ items: PlanItemOut[]; yearTheme?: string | null | undefined }> = ({
  items,
  yearTheme,
}) =>
  items.length === 0 ? (
    <Empty>Kế hoạch chưa có nội dung.</Empty>
  ) : (
    <ol class="plan-items">
      {items.map((i) => (
        <li>
          <p class="meta">
            Tiêu chí: <b>{i.criterionTitle ?? "—"}</b>
            {i.focusIssueId ? ` · Trọng tâm: ${i.focusIssueTitle ?? "—"}` : ""}
            {i.yearTheme ? ` · Chuyên đề năm${yearTheme ? `: ${yearTheme}` : ""}` : ""}
          </p>
          <p>{i.commitment}</p>
          <p class="meta">
            Cách đo: {i.measure} · Thời hạn: {formatIsoDate(i.dueDate)}
          </p>
        </li>
      ))}
    </ol>
  );
