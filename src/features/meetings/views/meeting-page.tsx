import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Alert,
  Badge,
  Button,
  Card,
  Empty,
  FormErrors,
  Hidden,
  PostForm,
  Select,
  TextArea,
} from "../../../ui/components";
import { formatDateTime, formatIsoDate, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { MEETING_KIND_LABEL, REMARK_KINDS, REMARK_KIND_LABEL } from "../meetings.inputs";
import type { MeetingView } from "../meetings-view.service";

import { DONE, type MeetingForm, MeetingFields } from "./meeting-fields";

export const MeetingPage: FC<{
  ctx: Ctx;
  view: MeetingView;
  form?: MeetingForm | undefined;
  done?: string | undefined;
}> = ({ ctx, view, form, done }) => {
  const m = view.meeting;
  const base = `/t/${ctx.tenant.slug}/meetings`;
  const memberOptions = [
    { value: "", label: "— Chọn đảng viên —" },
    ...view.unitMembers.map((x) => ({ value: x.id, label: x.fullName })),
  ];
  const rf = form?.form === "remark" ? form : undefined;
  return (
    <>
      <p>
        <a href={`${base}?unitId=${m.unitId}&year=${m.year}`}>‹ Sinh hoạt của {m.unitName}</a>
      </p>
      <PageTitle
        title={`${MEETING_KIND_LABEL[m.kind]} ngày ${formatIsoDate(m.date)}`}
        subtitle={`${m.unitName} · biên bản số ${m.minutesNumber}`}
      />
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {form?.message && !Object.keys(form.errors).length && <Alert kind="error">{form.message}</Alert>}
      <Card>
        <dl class="kv">
          {m.topic && (
            <>
              <dt>Chuyên đề</dt>
              <dd>{m.topic}</dd>
            </>
          )}
          <dt>Dự họp</dt>
          <dd>
            {formatNumber(m.attendance)}/{formatNumber(m.expected)} đảng viên
          </dd>
          <dt>Người ghi</dt>
          <dd>{m.createdByLabel}</dd>
        </dl>
        {m.notes && <p class="pre">{m.notes}</p>}
      </Card>
      <Card title="Biểu dương, phê bình đảng viên">
        {view.remarks.length === 0 ? (
          <Empty>Chưa ghi ý kiến nào.</Empty>
        ) : (
          <ul class="list">
            {view.remarks.map((r) => (
              <li>
                <span>
                  <Badge tone={r.kind === "praise" ? "good" : "bad"}>{REMARK_KIND_LABEL[r.kind]}</Badge>{" "}
                  <strong>{r.memberName}</strong>: {r.content}
                  <br />
                  <span class="meta">
                    {r.createdByLabel} · {formatDateTime(r.createdAt)}
                  </span>
                </span>
                <PostForm action={`${base}/${m.id}/remarks/${r.id}/delete`}>
                  <Button kind="danger">Xóa</Button>
                </PostForm>
              </li>
            ))}
          </ul>
        )}
        <h3>Ghi thêm ý kiến</h3>
        <FormErrors errors={rf?.errors} />
        <PostForm action={`${base}/${m.id}/remarks`}>
          <Select
            label="Đảng viên"
            name="memberId"
            value={rf?.values.memberId ?? ""}
            options={memberOptions}
            error={rf?.errors.memberId}
            required
          />
          <Select
            label="Hình thức"
            name="remarkKind"
            value={rf?.values.remarkKind ?? "praise"}
            options={REMARK_KINDS.map((k) => ({ value: k, label: REMARK_KIND_LABEL[k] }))}
            error={rf?.errors.kind}
          />
          <TextArea
            label="Nội dung"
            name="content"
            value={rf?.values.content ?? ""}
            error={rf?.errors.content}
            rows={3}
            required
          />
          <Button>Ghi vào biên bản</Button>
        </PostForm>
      </Card>
      <details class="panel" open={form?.form === "update"}>
        <summary>Sửa biên bản</summary>
        <div>
          <FormErrors errors={form?.form === "update" ? form.errors : undefined} />
          <PostForm action={`${base}/${m.id}/update`}>
            <Hidden name="version" value={m.version} />
            <MeetingFields f={form?.form === "update" ? form : undefined} m={m} />
            <Button>Lưu thay đổi</Button>
          </PostForm>
          <PostForm action={`${base}/${m.id}/delete`}>
            <Hidden name="version" value={m.version} />
            <Button kind="danger">Xóa biên bản</Button>
          </PostForm>
        </div>
      </details>
    </>
  );
};
