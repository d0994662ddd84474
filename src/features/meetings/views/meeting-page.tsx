import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Badge, Button, Card, PostForm, Select, TextArea } from "../../../ui/components";
import { ActionButton, FormBody, PageHead, bindState, panelOf } from "../../../ui/form-kit";
import { formatDateTime, formatIsoDate, formatNumber } from "../../../ui/format";
import { ItemList } from "../../../ui/item-list";
import { RecordAlerts } from "../../../ui/registry-views";
import { MEETING_KIND_LABEL, REMARK_KINDS, REMARK_KIND_LABEL, REMARK_TONE } from "../meetings.inputs";
import type { MeetingView } from "../meetings-view.service";

import { AttendanceForm } from "./attendance-form";
import { MeetingReports } from "./meeting-reports";
import { DONE, type MeetingForm, MeetingFields } from "./meeting-fields";

/** A remark of the meeting, with its delete button (posting under `remarks`). */
const remarkLine = (remarks: string) => (r: MeetingView["remarks"][number]) => (
  <>
    <span>
      <Badge tone={REMARK_TONE[r.kind]}>{REMARK_KIND_LABEL[r.kind]}</Badge> <strong>{r.memberName}</strong>:{" "}
      {r.content}
      <br />
      <span class="meta">
        {r.createdByLabel} · {formatDateTime(r.createdAt)}
      </span>
    </span>
    <PostForm action={`${remarks}/${r.id}/delete`}>
      <Button kind="danger">Xóa</Button>
    </PostForm>
  </>
);

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
  const rf = panelOf(form, "remark");
  const remark = bindState(rf);
  return (
    <>
      <PageHead
        back={{ href: `${base}?unitId=${m.unitId}&year=${m.year}`, label: `Sinh hoạt của ${m.unitName}` }}
        title={`${MEETING_KIND_LABEL[m.kind]} ngày ${formatIsoDate(m.date)}`}
        subtitle={`${m.unitName} · biên bản số ${m.minutesNumber}`}
      />
      <RecordAlerts done={done && DONE[done]} state={form} />
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
      <Card title="Điểm danh">
        <AttendanceForm action={`${base}/${m.id}/attendance`} view={view} f={panelOf(form, "attendance")} />
      </Card>
      <MeetingReports base={base} meeting={m} turns={view.turns} f={panelOf(form, "report")} />
      <Card title="Báo cáo, biểu dương, phê bình đảng viên">
        <ItemList
          items={view.remarks}
          empty="Chưa ghi ý kiến nào."
          item={remarkLine(`${base}/${m.id}/remarks`)}
        />
        <h3>Ghi thêm ý kiến</h3>
        <FormBody action={`${base}/${m.id}/remarks`} errors={rf?.errors} submit="Ghi vào biên bản">
          <Select label="Đảng viên" {...remark("memberId", "")} options={memberOptions} required />
          <Select
            label="Hình thức"
            {...remark("remarkKind", "praise")}
            error={remark("kind").error}
            options={REMARK_KINDS.map((k) => ({ value: k, label: REMARK_KIND_LABEL[k] }))}
          />
          <TextArea label="Nội dung" {...remark("content", "")} rows={3} required />
        </FormBody>
      </Card>
      <details class="panel" open={form?.form === "update"}>
        <summary>Sửa biên bản</summary>
        <div>
          <FormBody
            action={`${base}/${m.id}/update`}
            errors={panelOf(form, "update")?.errors}
            version={m.version}
            submit="Lưu thay đổi"
          >
            <MeetingFields f={panelOf(form, "update")} m={m} counted={view.attendance.length > 0} />
          </FormBody>
          <ActionButton action={`${base}/${m.id}/delete`} version={m.version} kind="danger" class="form">
            Xóa biên bản
          </ActionButton>
        </div>
      </details>
    </>
  );
};
