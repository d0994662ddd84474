import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Badge, Card, Empty, Field, LinkButton, Select, TextArea } from "../../../ui/components";
import { FormPanel, PageHead, bindState, panelOf } from "../../../ui/form-kit";
import { FORM_LABEL, LEVEL_LABEL } from "../commendations.inputs";
import { FIELD_LABEL, KIND_LABEL, type ModelDetailOut } from "../models.inputs";
import { FilesCard, YearsCard } from "./model-parts";
import { Checkbox } from "./parts";
import { RecordAlerts, opts } from "../../../ui/registry-views";
import type { FormState } from "../../../platform/pages";

export type ModelPanel = FormState & { form: "update" | "year" | "file" | "delete" };

const DONE: Record<string, string> = {
  created: "Đã thêm mô hình.",
  update: "Đã lưu thay đổi.",
  year: "Đã cập nhật tình trạng năm.",
  "year-deleted": "Đã xóa tình trạng của năm.",
  file: "Đã tải lên tệp minh chứng.",
  "file-deleted": "Đã xóa tệp minh chứng.",
};

export const ModelPage: FC<{
  ctx: Ctx;
  m: ModelDetailOut;
  panel?: ModelPanel | undefined;
  done?: string | undefined;
}> = ({ ctx, m, panel, done }) => {
  const base = `/t/${ctx.tenant.slug}/exemplars`;
  const here = `${base}/${m.id}`;
  const manager = ctx.actor.role !== "member";
  const err = (f: ModelPanel["form"]) => panelOf(panel, f);
  const upd = err("update");
  const f = bindState(upd);
  return (
    <>
      <PageHead
        crumbs={[{ href: base, label: "Mô hình" }, { label: m.title }]}
        title={m.title}
        subtitle={`${KIND_LABEL[m.kind]} · ${m.unitName}`}
      >
        {m.current?.exemplary && <Badge tone="accent">Điển hình {m.current.year}</Badge>}
        {m.published && <Badge tone="good">Đã công bố</Badge>}
      </PageHead>
      <RecordAlerts done={done && DONE[done]} state={panel} />

      <Card title="Thông tin mô hình">
        <dl class="kv">
          <dt>Loại</dt>
          <dd>
            {KIND_LABEL[m.kind]}
            {m.memberName ? `: ${m.memberName}` : ""}
          </dd>
          <dt>Đơn vị</dt>
          <dd>
            {m.unitName} (mã {m.unitCode})
          </dd>
          <dt>Lĩnh vực</dt>
          <dd>{FIELD_LABEL[m.field]}</dd>
          <dt>Năm bắt đầu</dt>
          <dd>{m.startYear}</dd>
          <dt>Mô tả</dt>
          <dd>{m.description || "—"}</dd>
        </dl>
      </Card>

      <YearsCard ctx={ctx} m={m} panel={err("year")} />

      <FilesCard m={m} here={here} panel={err("file")} />

      <Card title={`Khen thưởng (${m.commendations.length})`}>
        {m.commendations.length === 0 ? (
          <Empty>Chưa có khen thưởng.</Empty>
        ) : (
          <ul class="list">
            {m.commendations.map((c) => (
              <li>
                <span>
                  {manager ? (
                    <a href={`/t/${ctx.tenant.slug}/commendations/${c.id}`}>{FORM_LABEL[c.form]}</a>
                  ) : (
                    FORM_LABEL[c.form]
                  )}{" "}
                  {c.issuer} ({LEVEL_LABEL[c.level]}) năm {c.year}
                  {c.decisionNumber && <span class="meta"> · QĐ số {c.decisionNumber}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {manager && (
          <LinkButton href={`/t/${ctx.tenant.slug}/commendations/new?model=${m.id}`}>
            Ghi khen thưởng cho mô hình
          </LinkButton>
        )}
      </Card>

      <FormPanel
        title="Sửa thông tin"
        action={`${here}/update`}
        state={upd}
        message={upd?.message}
        version={m.version}
        submit="Lưu"
      >
        <Field label="Tên mô hình" {...f("title", m.title)} required maxlength={300} />
        <TextArea label="Mô tả" {...f("description", m.description)} maxlength={5000} />
        <Select label="Lĩnh vực" {...f("field", m.field)} options={opts(FIELD_LABEL)} />
        {manager && (
          <>
            <Field
              label="Năm bắt đầu"
              {...f("startYear", String(m.startYear))}
              type="number"
              inputmode="numeric"
            />
            <Checkbox
              name="published"
              label="Công bố trên trang “Gương người tốt, việc tốt”"
              checked={upd ? upd.values.published === "1" : m.published}
              hint="Chỉ mô hình đã được ghi nhận điển hình mới được công bố."
            />
          </>
        )}
      </FormPanel>

      {manager && (
        <FormPanel
          title="Xóa mô hình"
          action={`${here}/delete`}
          state={err("delete")}
          message={err("delete")?.message}
          lead={
            <p>Xóa mô hình cùng các năm và tệp minh chứng. Mô hình đã có khen thưởng thì không xóa được.</p>
          }
          version={m.version}
          submit="Xóa mô hình"
          kind="danger"
        />
      )}
    </>
  );
};
