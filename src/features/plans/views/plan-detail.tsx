import { GROUP_LABEL } from "../../../domain/groups";
import type { FC } from "hono/jsx";
import {
  Alert,
  Breadcrumbs,
  Button,
  Card,
  Field,
  FormErrors,
  Hidden,
  LinkButton,
  PostForm,
  TextArea,
} from "../../../ui/components";
import { formatDate, formatIsoDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";

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
  const err = (f: ReviewPanel["form"]) => (panel?.form === f ? panel : undefined);
  const action = (verb: string) => `${base}/plans/${p.id}/${verb}`;
  return (
    <>
      {manager && (
        <Breadcrumbs
          items={[
            { href: `${base}/plans/queue?year=${p.year}`, label: "Duyệt kế hoạch" },
            { label: p.memberName },
          ]}
        />
      )}
      <PageTitle
        title={`Kế hoạch năm ${p.year} — ${p.memberName}`}
        subtitle={`${GROUP_LABEL[p.group]} · ${p.unitName ?? ""}`}
      >
        <StatusBadge status={p.status} />
        <LateBadge late={p.late} />
      </PageTitle>
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {panel && !Object.keys(panel.errors).length && panel.message && (
        <Alert kind="error">{panel.message}</Alert>
      )}
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
          <Card title="Xác nhận">
            <FormErrors errors={err("confirm")?.errors} />
            <PostForm action={action("confirm")}>
              <Hidden name="version" value={p.version} />
              <Field
                label="Ngày họp chi bộ"
                name="meetingDate"
                type="date"
                value={err("confirm")?.values.meetingDate}
                error={err("confirm")?.errors.meetingDate}
              />
              <Field
                label="Số biên bản"
                name="minutesNumber"
                value={err("confirm")?.values.minutesNumber}
                error={err("confirm")?.errors.minutesNumber}
                hint="Không bắt buộc, ví dụ 05-BB/CB."
              />
              <Button>Xác nhận kế hoạch</Button>
            </PostForm>
          </Card>
          <Card title="Trả lại để sửa">
            <FormErrors errors={err("return")?.errors} />
            <PostForm action={action("return")}>
              <Hidden name="version" value={p.version} />
              <TextArea
                label="Ý kiến của chi bộ"
                name="comment"
                value={err("return")?.values.comment}
                error={err("return")?.errors.comment}
                required
                maxlength={2000}
              />
              <Button kind="secondary">Trả lại kế hoạch</Button>
            </PostForm>
          </Card>
        </div>
      )}
      {manager && p.status === "confirmed" && (
        <details class="panel" open={panel?.form === "reopen"}>
          <summary>Mở lại để điều chỉnh</summary>
          <div>
            <FormErrors errors={err("reopen")?.errors} />
            <PostForm action={action("reopen")}>
              <Hidden name="version" value={p.version} />
              <TextArea
                label="Lý do mở lại"
                name="reason"
                value={err("reopen")?.values.reason}
                error={err("reopen")?.errors.reason}
                required
                maxlength={1000}
              />
              <Button kind="danger">Mở lại kế hoạch</Button>
            </PostForm>
          </div>
        </details>
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
