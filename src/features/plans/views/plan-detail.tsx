import { GROUP_LABEL } from "../../../domain/groups";
import type { FC } from "hono/jsx";
import { Alert, Card, Field, LinkButton, TextArea } from "../../../ui/components";
import { FormCard, FormPanel, PageHead, bindState, panelOf } from "../../../ui/form-kit";
import { formatDate, formatIsoDate } from "../../../ui/format";
import { RecordAlerts } from "../../../ui/registry-views";

import type { PlanOut } from "../plans.outputs";
import { ItemsList, LateBadge, StatusBadge, Trail } from "./plan-bits";
import type { FormState } from "../../../platform/pages";

export type ReviewPanel = FormState & { form: "confirm" | "return" | "reopen" };

const DONE: Record<string, string> = {
  confirm: "Đã xác nhận kế hoạch.",
  return: "Đã trả lại kế hoạch kèm ý kiến của chi bộ.",
  reopen: "Đã mở lại kế hoạch để đảng viên điều chỉnh.",
};

/** One plan for the cell: content, trail and — for secretaries — confirm, return or reopen. */
export const PlanDetail: FC<{
  plan: PlanOut;
  base: string;
  manager: boolean;
  panel?: ReviewPanel | undefined;
  done?: string | undefined;
}> = ({ plan: p, base, manager, panel, done }) => {
  const err = (f: ReviewPanel["form"]) => panelOf(panel, f);
  const confirm = bindState(err("confirm"));
  const action = (verb: string) => `${base}/plans/${p.id}/${verb}`;
  /** A review form posts to its verb, at the version read, and shows its own errors. */
  const review = (f: ReviewPanel["form"]) => ({
    action: action(f),
    errors: err(f)?.errors,
    version: p.version,
  });
  return (
    <>
      <PageHead
        crumbs={
          manager
            ? [
                { href: `${base}/plans/queue?year=${p.year}`, label: "Duyệt kế hoạch" },
                { label: p.memberName },
              ]
            : undefined
        }
        title={`Kế hoạch năm ${p.year} — ${p.memberName}`}
        subtitle={`${GROUP_LABEL[p.group]} · ${p.unitName ?? ""}`}
      >
        <StatusBadge status={p.status} />
        <LateBadge late={p.late} />
      </PageHead>
      <RecordAlerts done={done && DONE[done]} state={panel} />
      {p.enteredBy && (
        <p class="hint">
          Do đồng chí {p.enteredBy.label} nhập thay ngày {formatDate(p.enteredBy.at)}.
        </p>
      )}
      {p.submittedAt && <p class="hint">Nộp ngày {formatDate(p.submittedAt)}.</p>}
      {p.status === "confirmed" && (
        <Alert kind="success">
          Xác nhận ngày {formatDate(p.confirmedAt)} ({p.confirmedByLabel})
          {p.meetingDate ? `, họp chi bộ ngày ${formatIsoDate(p.meetingDate)}` : ""}
          {p.minutesNumber ? `, biên bản số ${p.minutesNumber}` : ""}.
        </Alert>
      )}
      {p.status === "returned" && p.returnComment && (
        <Alert kind="warning">Ý kiến của chi bộ: “{p.returnComment}”</Alert>
      )}

      <Card title="Bản đăng ký">
        <p class="prewrap">{p.registration || "—"}</p>
      </Card>
      <Card title={`Nội dung kế hoạch (${p.items.length})`}>
        <ItemsList items={p.items} />
      </Card>

      {manager && p.status === "submitted" && (
        <div class="grid grid-2">
          <FormCard title="Xác nhận" {...review("confirm")} submit="Xác nhận kế hoạch">
            <Field label="Ngày họp chi bộ" {...confirm("meetingDate")} type="date" />
            <Field label="Số biên bản" {...confirm("minutesNumber")} hint="Không bắt buộc, ví dụ 05-BB/CB." />
          </FormCard>
          <FormCard title="Trả lại để sửa" {...review("return")} submit="Trả lại kế hoạch" kind="secondary">
            <TextArea
              label="Ý kiến của chi bộ"
              {...bindState(err("return"))("comment")}
              required
              maxlength={2000}
            />
          </FormCard>
        </div>
      )}
      {manager && p.status === "confirmed" && (
        <FormPanel
          title="Mở lại để điều chỉnh"
          action={action("reopen")}
          state={err("reopen")}
          version={p.version}
          submit="Mở lại kế hoạch"
          kind="danger"
        >
          <TextArea label="Lý do mở lại" {...bindState(err("reopen"))("reason")} required maxlength={1000} />
        </FormPanel>
      )}
      {manager && (p.status === "draft" || p.status === "returned") && (
        <p class="page-actions">
          <LinkButton href={`${base}/plans/members/${p.memberId}?year=${p.year}`}>
            Sửa, nộp thay đảng viên
          </LinkButton>
        </p>
      )}
      <Card title="Quá trình">
        <Trail events={p.events} />
      </Card>
    </>
  );
};
