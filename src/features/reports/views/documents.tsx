import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Card, Empty, Field, LinkButton, Select, TextArea } from "../../../ui/components";
import { ActionButton, FormBody, FormCard, PageHead, bindState } from "../../../ui/form-kit";
import { formatDateTime, formatIsoDate } from "../../../ui/format";
import type { DocumentsView } from "../reports-documents.service";
import { FOCUSES, FOCUS_LABEL, SECTION_KEYS, SECTION_LABEL } from "../reports.inputs";
import type { DocumentOut } from "../reports.outputs";
import { reportLinks } from "./common";

export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string | undefined;
}

const focusOptions = FOCUSES.map((f) => ({ value: f, label: FOCUS_LABEL[f] }));

export const DocumentsPage: FC<{
  ctx: Ctx;
  v: DocumentsView;
  year: number;
  defaults: { number: string; signerName: string; place: string; docDate: string };
  form?: FormState | undefined;
}> = ({ ctx, v, year, defaults, form }) => {
  const links = reportLinks(ctx.tenant.slug, year);
  const f = bindState(form);
  const field = (k: keyof typeof defaults, label: string, extra: { hint?: string; type?: string } = {}) => (
    <Field label={label} {...f(k, defaults[k])} required {...extra} />
  );
  return (
    <>
      <PageHead
        crumbs={[
          { href: links.unit(v.unit.id), label: `Báo cáo ${v.unit.name}` },
          { label: "Báo cáo theo mẫu" },
        ]}
        title="Báo cáo theo mẫu văn bản của Đảng"
        subtitle={`${v.unit.name} · năm ${year}`}
      />
      <Card title={`Báo cáo đã lập năm ${year}`}>
        {v.documents.length === 0 ? (
          <Empty>Chưa có báo cáo nào. Lập báo cáo mới ở mẫu bên dưới.</Empty>
        ) : (
          <ul class="list">
            {v.documents.map((d) => (
              <li>
                <span>
                  <a href={links.document(d.id)}>Số {d.number}</a> · {FOCUS_LABEL[d.focus]}
                  <br />
                  <span class="meta">
                    Ngày {formatIsoDate(d.docDate)} · sửa lần cuối {formatDateTime(d.updatedAt)} bởi{" "}
                    {d.updatedByLabel}
                  </span>
                </span>
                <span class="form-inline">
                  <a href={links.print(d.id)}>Bản in</a>
                  <a href={links.docx(d.id)}>Tải DOCX</a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <FormCard
        title="Lập báo cáo mới"
        intro={
          <p class="hint">
            Nhập số, ngày, nơi ban hành và người ký; các phần còn lại được điền sẵn từ đơn vị và có thể sửa
            sau. Số liệu, bảng biểu được lấy trực tiếp từ dữ liệu khi in hoặc tải về.
          </p>
        }
        action={links.documents(v.unit.id).split("?")[0]!}
        errors={form?.errors}
        message={form?.message}
        submit="Lập báo cáo"
      >
        <Field label="Năm báo cáo" {...f("year", String(year))} type="number" inputmode="numeric" required />
        <Select label="Phạm vi" {...f("focus", "all")} options={focusOptions} />
        {field("number", "Số, ký hiệu", { hint: "Ví dụ: 120-BC/ĐU" })}
        {field("docDate", "Ngày ban hành", { type: "date" })}
        {field("place", "Địa danh", { hint: "Ví dụ: Trà Vinh" })}
        {field("signerName", "Họ tên người ký")}
      </FormCard>
    </>
  );
};

export const DocumentEditPage: FC<{
  ctx: Ctx;
  doc: DocumentOut;
  form?: FormState | undefined;
  done?: string | undefined;
}> = ({ ctx, doc, form, done }) => {
  const links = reportLinks(ctx.tenant.slug, doc.year);
  const f = bindState(form);
  const text = (k: keyof DocumentOut & string, label: string, hint?: string) => (
    <Field label={label} {...f(k, String(doc[k]))} hint={hint} />
  );
  return (
    <>
      <PageHead
        crumbs={[
          { href: links.unit(doc.unitId), label: `Báo cáo ${doc.unitName}` },
          { href: links.documents(doc.unitId), label: "Báo cáo theo mẫu" },
          { label: `Số ${doc.number}` },
        ]}
        title={`Báo cáo số ${doc.number}`}
        subtitle={`${doc.unitName} · năm ${doc.year}`}
      >
        <LinkButton href={links.print(doc.id)}>Xem bản in</LinkButton>
        <LinkButton href={links.docx(doc.id)} kind="primary">
          Tải DOCX
        </LinkButton>
      </PageHead>
      {done === "saved" && <Alert kind="success">Đã lưu báo cáo.</Alert>}
      {done === "created" && (
        <Alert kind="success">Đã lập báo cáo. Hãy viết các phần nội dung rồi lưu.</Alert>
      )}
      <FormBody
        action={links.document(doc.id)}
        errors={form?.errors}
        message={form?.message}
        version={doc.version}
        submit="Lưu báo cáo"
      >
        <Card title="Thể thức">
          <Select label="Phạm vi" {...f("focus", doc.focus)} options={focusOptions} />
          {text("number", "Số, ký hiệu")}
          <Field label="Ngày ban hành" {...f("docDate", doc.docDate)} type="date" />
          {text("place", "Địa danh")}
          {text("superiorName", "Cơ quan cấp trên", "Dòng trên cùng bên trái; để trống nếu không có.")}
          {text("issuerName", "Cơ quan ban hành")}
          <TextArea label="Trích yếu" {...f("subject", doc.subject)} rows={2} />
          {text("signerAuthority", "Thẩm quyền ký", "Ví dụ: T/M Ban Thường vụ, T/M Đảng ủy, T/M Chi bộ")}
          {text("signerTitle", "Chức vụ người ký")}
          {text("signerName", "Họ tên người ký")}
          <TextArea
            label="Nơi nhận"
            {...f("recipients", doc.recipients.join("\n"))}
            rows={4}
            error={
              f("recipients").error ??
              Object.entries(form?.errors ?? {}).find(([k]) => k.startsWith("recipients."))?.[1]
            }
            hint="Mỗi dòng một nơi nhận."
          />
        </Card>
        <Card title="Nội dung">
          <p class="hint">
            Mỗi dòng là một đoạn văn. Các số liệu và bảng biểu được chèn tự động vào phần II.
          </p>
          {SECTION_KEYS.map((k) => (
            <TextArea
              label={SECTION_LABEL[k]}
              {...f(`sections.${k}`, doc.sections[k])}
              rows={k === "intro" ? 3 : 6}
              maxlength={20000}
            />
          ))}
        </Card>
      </FormBody>
      <details class="panel">
        <summary>Xóa báo cáo</summary>
        <div>
          <ActionButton
            action={`${links.document(doc.id)}/delete`}
            version={doc.version}
            kind="danger"
            class="form"
          >
            Xóa báo cáo này
          </ActionButton>
        </div>
      </details>
    </>
  );
};
