import { GROUP_LABEL } from "../../../domain/groups";
import { vnToday } from "../../../domain/time";
import type { FC } from "hono/jsx";
import { Alert, Badge, Card, Empty } from "../../../ui/components";
import { formatDate, formatIsoDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { daysBetween } from "../../cycles";

import type { MemberPlanOut } from "../plans.outputs";
import { ItemsList, LateBadge, StatusBadge, Trail } from "./plan-bits";
import { type EditorValues, PlanEditor } from "./plan-editor";

export interface EditorState {
  values: EditorValues;
  errors: Record<string, string>;
  message?: string | undefined;
}

const DONE: Record<string, string> = {
  save: "Đã lưu bản nháp kế hoạch.",
  add: "Đã lưu và thêm một dòng nội dung.",
  remove: "Đã bỏ nội dung và lưu bản nháp.",
  submit: "Đã nộp kế hoạch cho chi bộ.",
};

function deadlineText(deadline: string, now: number): string {
  const left = daysBetween(vnToday(now), deadline);
  if (left > 0) return `Hạn nộp ${formatIsoDate(deadline)} (còn ${left} ngày)`;
  if (left === 0) return `Hạn nộp ${formatIsoDate(deadline)} (hôm nay)`;
  return `Hạn nộp ${formatIsoDate(deadline)} (đã quá hạn, vẫn được nộp và ghi nhận nộp muộn)`;
}

/** A member's plan page: theirs (/my-plan) or, for a secretary, one entered on their behalf. */
export const MemberPlanPage: FC<{
  view: MemberPlanOut;
  action: string;
  now: number;
  onBehalf: boolean;
  editor: EditorState;
  done?: string | undefined;
  blank: number;
  years: number[];
  base: string;
}> = ({ view, action, now, onBehalf, editor, done, blank, years, base }) => {
  const p = view.plan;
  return (
    <>
      <PageTitle
        title={
          onBehalf
            ? `Kế hoạch năm ${view.year} của đồng chí ${view.member.fullName}`
            : `Kế hoạch năm ${view.year}`
        }
        subtitle={`${GROUP_LABEL[view.group]} · ${view.member.unitName}`}
      >
        <StatusBadge status={p?.status ?? "not_started"} />
        <LateBadge late={!!p?.late} />
      </PageTitle>
      {years.length > 1 && (
        <nav class="chips" aria-label="Năm">
          {years.map((y) => (
            <a class="chip" href={`${base}?year=${y}`} aria-current={y === view.year ? "page" : undefined}>
              Năm {y}
            </a>
          ))}
        </nav>
      )}
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {onBehalf && view.canEdit && (
        <Alert kind="info">
          Đồng chí đang nhập kế hoạch thay đảng viên. Kế hoạch sẽ ghi rõ người nhập thay và đảng viên được
          thông báo.
        </Alert>
      )}
      {!view.cycle && (
        <Alert kind="warning">
          Đơn vị chưa mở chu kỳ năm {view.year}. Vui lòng chờ thông báo của cấp ủy.
        </Alert>
      )}
      {view.cycle?.status === "closed" && <Alert kind="warning">Chu kỳ năm {view.year} đã khóa.</Alert>}
      {view.deadline && (!p || p.status === "draft") && (
        <p class="hint">{deadlineText(view.deadline, now)}</p>
      )}
      {p?.status === "returned" && (
        <Alert kind="warning">
          <p>
            <b>
              {p.reopenedAt !== null && p.reopenedAt === p.returnedAt
                ? "Chi bộ mở lại kế hoạch để điều chỉnh."
                : "Chi bộ trả lại kế hoạch để sửa."}
            </b>
          </p>
          {p.returnComment && (
            <p>
              Ý kiến: “{p.returnComment}” — {p.returnedByLabel}, {formatDate(p.returnedAt)}
            </p>
          )}
        </Alert>
      )}
      {p?.status === "submitted" && (
        <Alert kind="info">Kế hoạch đã nộp ngày {formatDate(p.submittedAt)}, đang chờ chi bộ xác nhận.</Alert>
      )}
      {p?.status === "confirmed" && (
        <Alert kind="success">
          Chi bộ đã xác nhận ngày {formatDate(p.confirmedAt)} ({p.confirmedByLabel})
          {p.meetingDate ? `, tại cuộc họp ngày ${formatIsoDate(p.meetingDate)}` : ""}
          {p.minutesNumber ? `, biên bản số ${p.minutesNumber}` : ""}.
        </Alert>
      )}
      {p?.enteredBy && (
        <p class="hint">
          Kế hoạch do đồng chí {p.enteredBy.label} nhập thay ngày {formatDate(p.enteredBy.at)}.
        </p>
      )}
      {view.gatedBy !== null && (
        <Alert kind="info">
          Theo nguyên tắc “trên trước, dưới sau”, đồng chí nộp kế hoạch sau khi nhóm 1 của chi bộ đã nộp (còn{" "}
          {view.gatedBy} đồng chí nhóm 1 chưa nộp). Đồng chí vẫn có thể soạn và lưu nháp.
        </Alert>
      )}

      <details class="panel">
        <summary>
          Tiêu chí của {GROUP_LABEL[view.group].toLowerCase()} ({view.criteria.length})
        </summary>
        <div>
          {view.criteria.length === 0 ? (
            <Empty>Chưa có bộ tiêu chí được ban hành cho năm {view.year}.</Empty>
          ) : (
            <ol class="plan-items">
              {view.criteria.map((c) => (
                <li>
                  <p>
                    <b>
                      {c.number}. {c.title}
                    </b>{" "}
                    {c.isCore && <Badge tone="accent">Cốt lõi</Badge>}
                  </p>
                  <p>{c.body}</p>
                  <p class="meta">Nguồn: {c.originUnitName}</p>
                </li>
              ))}
            </ol>
          )}
          {view.yearTheme && <p class="hint">Chuyên đề năm: {view.yearTheme.yearTheme}</p>}
        </div>
      </details>

      {view.canEdit ? (
        <PlanEditor
          view={view}
          action={action}
          values={editor.values}
          errors={editor.errors}
          message={editor.message}
          blank={blank}
        />
      ) : (
        p && (
          <Card title="Bản đăng ký và kế hoạch">
            <p class="prewrap">{p.registration || "—"}</p>
            <ItemsList items={p.items} yearTheme={view.yearTheme?.yearTheme} />
          </Card>
        )
      )}
      {p && (
        <Card title="Quá trình">
          <Trail events={p.events} />
        </Card>
      )}
    </>
  );
};
