// "Lịch báo cáo luân phiên": plan the year's reports before the cell, move or remove a turn, add a member.
import type { FC } from "hono/jsx";
import { GROUP_SHORT } from "../../../domain/groups";
import type { Ctx } from "../../../platform/context";
import { type ListHref, YearUnitNav } from "../../../platform/list-views";
import type { FormState } from "../../../platform/pages";
import { Alert, Badge, Button, Card, Field, Hidden, PostForm, Select } from "../../../ui/components";
import { FormBody, FormCard, bindState, panelOf } from "../../../ui/form-kit";
import { formatIsoDate } from "../../../ui/format";
import { ItemList } from "../../../ui/item-list";
import { PageTitle } from "../../../ui/layout";
import type { RotationOut, TurnOut } from "../meetings-rotation.inputs";
import { MEETING_UNIT_KINDS } from "../meetings.inputs";

export type RotationForm = FormState & { form: "generate" | "add" | "turn"; turnId?: string };

export const ROTATION_DONE: Record<string, string> = {
  generated: "Đã lập lịch báo cáo luân phiên.",
  added: "Đã thêm vào lịch.",
  updated: "Đã đổi ngày báo cáo.",
  deleted: "Đã bỏ lịch báo cáo của đồng chí này.",
};

const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }));

const TurnLine: FC<{ t: TurnOut; base: string; f?: RotationForm | undefined }> = ({ t, base, f }) => {
  const mine = f?.form === "turn" && f.turnId === t.id ? f : undefined;
  const v = bindState(mine);
  return (
    <>
      <span>
        <strong>{t.memberName}</strong> <Badge>{GROUP_SHORT[t.group]}</Badge>
        <br />
        {t.reported ? (
          <>
            <Badge tone="good">Đã báo cáo {t.meetingDate ? formatIsoDate(t.meetingDate) : ""}</Badge>{" "}
            <span class="meta">Nhận xét của chi bộ: {t.remark}</span>
          </>
        ) : (
          <span class="meta">Buổi sinh hoạt ngày {formatIsoDate(t.date)}</span>
        )}
      </span>
      {!t.reported && (
        <span class="turn-actions">
          <FormBody
            action={`${base}/${t.id}/update`}
            errors={mine?.errors}
            version={t.version}
            submit="Đổi ngày"
            kind="secondary"
          >
            <Hidden name="unitId" value={t.unitId} />
            <Hidden name="year" value={t.year} />
            <Field
              label={`Ngày báo cáo của ${t.memberName}`}
              {...v(`d-${t.id}`, t.date)}
              type="date"
              required
            />
          </FormBody>
          <PostForm action={`${base}/${t.id}/delete`}>
            <Hidden name="version" value={t.version} />
            <Hidden name="unitId" value={t.unitId} />
            <Hidden name="year" value={t.year} />
            <Button kind="danger">Bỏ khỏi lịch</Button>
          </PostForm>
        </span>
      )}
    </>
  );
};

export const RotationPage: FC<{
  ctx: Ctx;
  data: RotationOut;
  today: string;
  form?: RotationForm | undefined;
  done?: string | undefined;
}> = ({ ctx, data, today, form, done }) => {
  const base = `/t/${ctx.tenant.slug}/report-turns`;
  const at: ListHref = (to) => `${base}?unitId=${to.unitId ?? data.unit.id}&year=${to.year ?? data.year}`;
  const gen = bindState(panelOf(form, "generate"));
  const add = bindState(panelOf(form, "add"));
  const canPlan = MEETING_UNIT_KINDS.includes(data.unit.kind);
  const thisMonth = data.year === Number(today.slice(0, 4)) ? Number(today.slice(5, 7)) : 1;
  const reported = data.items.filter((t) => t.reported).length;
  return (
    <>
      <PageTitle title="Lịch báo cáo luân phiên" subtitle={`${data.unit.name} · năm ${data.year}`} />
      <YearUnitNav year={data.year} href={at} />
      {done && ROTATION_DONE[done] && <Alert kind="success">{ROTATION_DONE[done]}</Alert>}
      {!canPlan ? (
        <Alert kind="info">
          Lịch báo cáo luân phiên lập cho từng chi bộ. Mở trang{" "}
          <a href={`/t/${ctx.tenant.slug}/meetings?unitId=${data.unit.id}&year=${data.year}`}>
            Sinh hoạt chi bộ
          </a>{" "}
          và chọn một chi bộ.
        </Alert>
      ) : (
        <>
          <FormCard
            title="Lập lịch báo cáo luân phiên"
            action={`${base}/generate`}
            errors={panelOf(form, "generate")?.errors}
            message={panelOf(form, "generate")?.message}
            submit="Lập lịch báo cáo luân phiên"
            intro={
              <p class="hint">
                Đề xuất: các đồng chí nhóm 1 (làm gương) báo cáo trước, sau đó đến các đồng chí khác, chia đều
                cho các buổi sinh hoạt thường kỳ còn lại trong năm. Lịch chưa báo cáo được lập lại; lịch đã
                báo cáo giữ nguyên. Sau đó có thể đổi ngày từng đồng chí.
              </p>
            }
          >
            <Hidden name="unitId" value={data.unit.id} />
            <Hidden name="year" value={data.year} />
            <div class="grid grid-2">
              <Field
                label="Ngày sinh hoạt thường kỳ trong tháng"
                {...gen("day", "5")}
                type="number"
                inputmode="numeric"
                required
              />
              <Select label="Từ tháng" {...gen("fromMonth", String(thisMonth))} options={months} />
            </div>
          </FormCard>
          <Card title={`Lịch năm ${data.year}: ${reported}/${data.items.length} đồng chí đã báo cáo`}>
            <ItemList
              items={data.items}
              empty="Chưa lập lịch báo cáo luân phiên cho năm này."
              item={(t) => <TurnLine t={t} base={base} f={form} />}
            />
          </Card>
          {data.unscheduled.length > 0 && (
            <FormCard
              title="Thêm đồng chí vào lịch"
              action={base}
              errors={panelOf(form, "add")?.errors}
              message={panelOf(form, "add")?.message}
              submit="Thêm vào lịch"
            >
              <Hidden name="unitId" value={data.unit.id} />
              <Select
                label="Đảng viên chưa có lịch"
                {...add("memberId", "")}
                options={[
                  { value: "", label: "— Chọn đảng viên —" },
                  ...data.unscheduled.map((m) => ({ value: m.id, label: m.fullName })),
                ]}
                required
              />
              <Field label="Ngày báo cáo" {...add("date", "")} type="date" required />
            </FormCard>
          )}
        </>
      )}
    </>
  );
};
