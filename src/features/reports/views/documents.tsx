import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Alert,
  Breadcrumbs,
  Button,
  Card,
  Empty,
  Field,
  FormErrors,
  Hidden,
  LinkButton,
  PostForm,
  Select,
  TextArea,
} from "../../../ui/components";
import { formatDateTime, formatIsoDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
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
  const val = (k: keyof typeof defaults) => form?.values[k] ?? defaults[k];
  const field = (k: keyof typeof defaults, label: string, extra: { hint?: string; type?: string } = {}) => (
    <Field label={label} name={k} value={val(k)} error={form?.errors[k]} required {...extra} />
  );
  return (
    <>
      <Breadcrumbs
        items={[
          { href: links.unit(v.unit.id), label: `Báo cáo ${v.unit.name}` },
          { label: "Báo cáo theo mẫu" },
        ]}
      />
      <PageTitle title="Báo cáo theo mẫu văn bản của Đảng" subtitle={`${v.unit.name} · năm ${year}`} />
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
      <Card title="Lập báo cáo mới">
        <p class="hint">
          Nhập số, ngày, nơi ban hành và người ký; các phần còn lại được điền sẵn từ đơn vị và có thể sửa sau.
          Số liệu, bảng biểu được lấy trực tiếp từ dữ liệu khi in hoặc tải về.
        </p>
        <FormErrors errors={form?.errors} message={form?.message} />
        <PostForm action={links.documents(v.unit.id).split("?")[0]!}>
          <Field
            label="Năm báo cáo"
            name="year"
            type="number"
            inputmode="numeric"
            value={form?.values.year ?? String(year)}
            error={form?.errors.year}
            required
          />
          <Select
            label="Phạm vi"
            name="focus"
            value={form?.values.focus ?? "all"}
            options={focusOptions}
            error={form?.errors.focus}
          />
          {field("number", "Số, ký hiệu", { hint: "Ví dụ: 120-BC/ĐU" })}
          {field("docDate", "Ngày ban hành", { type: "date" })}
          {field("place", "Địa danh", { hint: "Ví dụ: Trà Vinh" })}
          {field("signerName", "Họ tên người ký")}
          <Button>Lập báo cáo</Button>
        </PostForm>
      </Card>
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
  const val = (k: string, fallback: string) => form?.values[k] ?? fallback;
  const err = (k: string) => form?.errors[k];
  const text = (k: keyof DocumentOut & string, label: string, hint?: string) => (
    <Field label={label} name={k} value={val(k, String(doc[k]))} error={err(k)} hint={hint} />
  );
  return (
    <>
      <Breadcrumbs
        items={[
          { href: links.unit(doc.unitId), label: `Báo cáo ${doc.unitName}` },
          { href: links.documents(doc.unitId), label: "Báo cáo theo mẫu" },
          { label: `Số ${doc.number}` },
        ]}
      />
      <PageTitle title={`Báo cáo số ${doc.number}`} subtitle={`${doc.unitName} · năm ${doc.year}`}>
        <LinkButton href={links.print(doc.id)}>Xem bản in</LinkButton>
        <LinkButton href={links.docx(doc.id)} kind="primary">
          Tải DOCX
        </LinkButton>
      </PageTitle>
      {done === "saved" && <Alert kind="success">Đã lưu báo cáo.</Alert>}
      {done === "created" && (
        <Alert kind="success">Đã lập báo cáo. Hãy viết các phần nội dung rồi lưu.</Alert>
      )}
      <FormErrors errors={form?.errors} message={form?.message} />
      <PostForm action={links.document(doc.id)}>
        <Hidden name="version" value={doc.version} />
        <Card title="Thể thức">
          <Select
            label="Phạm vi"
            name="focus"
            value={val("focus", doc.focus)}
            options={focusOptions}
            error={err("focus")}
          />
          {text("number", "Số, ký hiệu")}
          <Field
            label="Ngày ban hành"
            name="docDate"
            type="date"
            value={val("docDate", doc.docDate)}
            error={err("docDate")}
          />
          {text("place", "Địa danh")}
          {text("superiorName", "Cơ quan cấp trên", "Dòng trên cùng bên trái; để trống nếu không có.")}
          {text("issuerName", "Cơ quan ban hành")}
          <TextArea
            label="Trích yếu"
            name="subject"
            rows={2}
            value={val("subject", doc.subject)}
            error={err("subject")}
          />
          {text("signerAuthority", "Thẩm quyền ký", "Ví dụ: T/M Ban Thường vụ, T/M Đảng ủy, T/M Chi bộ")}
          {text("signerTitle", "Chức vụ người ký")}
          {text("signerName", "Họ tên người ký")}
          <TextArea
            label="Nơi nhận"
            name="recipients"
            rows={4}
            value={val("recipients", doc.recipients.join("\n"))}
            error={
              err("recipients") ??
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
              name={`sections.${k}`}
              rows={k === "intro" ? 3 : 6}
              value={val(`sections.${k}`, doc.sections[k])}
              error={err(`sections.${k}`)}
              maxlength={20000}
            />
          ))}
        </Card>
        <Button>Lưu báo cáo</Button>
      </PostForm>
      <details class="panel">
        <summary>Xóa báo cáo</summary>
        <div>
          <PostForm action={`${links.document(doc.id)}/delete`}>
            <Hidden name="version" value={doc.version} />
            <Button kind="danger">Xóa báo cáo này</Button>
          </PostForm>
        </div>
      </details>
    </>
  );
};
