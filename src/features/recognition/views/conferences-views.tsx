import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Card, Field, numCol, Select, TextArea } from "../../../ui/components";
import { type Binder, FormPanel, PageHead, bindFields, bindState } from "../../../ui/form-kit";
import { formatIsoDate, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import {
  FilterForm,
  FilterSelect,
  ListCard,
  opts,
  RecordAlerts,
  RecordPanels,
} from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";
import type { Panel } from "../../../platform/registry/pages";
import { type ConferenceOut, MODE_LABEL } from "../conferences.inputs";

type List = { items: ConferenceOut[]; nextCursor: string | null };

const Fields: FC<{ f: Binder; withUnit: boolean }> = ({ f, withUnit }) => (
  <>
    {withUnit && (
      <Field label="Mã đơn vị tổ chức" {...f("unitCode", undefined, "unitId")} required maxlength={40} />
    )}
    <Field label="Ngày tổ chức (dd/mm/yyyy)" {...f("date")} required maxlength={10} />
    <Field label="Tên hội nghị, buổi học tập" {...f("title")} required maxlength={300} />
    <Field
      label="Chuyên đề"
      {...f("theme")}
      maxlength={500}
      hint="Để trống: lấy chuyên đề năm của đơn vị (nếu đã khai báo)."
    />
    <Select label="Hình thức" {...f("mode", "in_person")} options={opts(MODE_LABEL)} />
    <Field label="Số điểm cầu" {...f("sites", "1")} type="number" inputmode="numeric" />
    <Field label="Số lượt người tham dự" {...f("participants")} type="number" inputmode="numeric" required />
    <TextArea label="Ghi chú" {...f("note")} maxlength={1000} rows={2} />
  </>
);

export const ConferencesList: FC<{
  ctx: Ctx;
  list: List;
  params: Record<string, string | undefined>;
  notice?: string | undefined;
  form?: FormState | undefined;
}> = ({ ctx, list, params, notice, form }) => {
  const base = `/t/${ctx.tenant.slug}/conferences`;
  return (
    <>
      <PageTitle
        title="Hội nghị, buổi học tập chuyên đề"
        subtitle="Học tập, quán triệt chuyên đề năm: trực tuyến hoặc trực tiếp, số điểm cầu và lượt người tham dự"
      />
      {notice && <Alert kind="warning">{notice}</Alert>}
      <FormPanel
        title="Ghi hội nghị mới"
        action={base}
        state={form}
        message={form?.message}
        submit="Ghi hội nghị"
      >
        <Fields f={bindState(form)} withUnit />
      </FormPanel>
      <FilterForm action={base} params={params} now={ctx.now}>
        <FilterSelect label="Hình thức" name="mode" params={params} labels={MODE_LABEL} all="Mọi hình thức" />
      </FilterForm>
      <ListCard
        base={base}
        params={params}
        empty="Chưa có hội nghị nào phù hợp."
        list={list}
        columns={["Ngày", "Hội nghị", "Đơn vị", "Hình thức", numCol("Điểm cầu"), numCol("Lượt người")]}
        row={(x) => (
          <>
            <td>{formatIsoDate(x.date)}</td>
            <td>
              <a href={`${base}/${x.id}`}>{x.title}</a>
              <br />
              <span class="meta">{x.theme}</span>
            </td>
            <td>{x.unitName}</td>
            <td>{MODE_LABEL[x.mode]}</td>
            <td class="num">{formatNumber(x.sites)}</td>
            <td class="num">{formatNumber(x.participants)}</td>
          </>
        )}
      />
    </>
  );
};

export const ConferencePage: FC<{
  ctx: Ctx;
  x: ConferenceOut;
  panel?: Panel | undefined;
  done?: string | undefined;
}> = ({ ctx, x, panel, done }) => {
  const base = `/t/${ctx.tenant.slug}/conferences`;
  const edit = panel?.form === "update" ? panel : undefined;
  const v = edit?.values ?? {
    date: formatIsoDate(x.date),
    title: x.title,
    theme: x.yearThemeId ? "" : x.theme,
    mode: x.mode,
    sites: String(x.sites),
    participants: String(x.participants),
    note: x.note,
  };
  return (
    <>
      <PageHead
        crumbs={[{ href: base, label: "Hội nghị" }, { label: x.title }]}
        title={x.title}
        subtitle={`${formatIsoDate(x.date)} · ${x.unitName}`}
      />
      <RecordAlerts
        done={done && (done === "created" ? "Đã ghi hội nghị." : "Đã lưu thay đổi.")}
        state={panel}
      />
      <Card>
        <dl class="kv">
          <dt>Chuyên đề</dt>
          <dd>
            {x.theme}
            {x.yearThemeId ? " (chuyên đề năm)" : ""}
          </dd>
          <dt>Hình thức</dt>
          <dd>{MODE_LABEL[x.mode]}</dd>
          <dt>Số điểm cầu</dt>
          <dd>{formatNumber(x.sites)}</dd>
          <dt>Lượt người tham dự</dt>
          <dd>{formatNumber(x.participants)}</dd>
          <dt>Ghi chú</dt>
          <dd>{x.note || "—"}</dd>
        </dl>
      </Card>
      <RecordPanels
        href={`${base}/${x.id}`}
        version={x.version}
        panel={panel}
        editTitle="Sửa thông tin"
        deleteTitle="Xóa hội nghị"
      >
        <Fields f={bindFields(v, edit?.errors)} withUnit={false} />
      </RecordPanels>
    </>
  );
};
