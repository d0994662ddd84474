import type { FC } from "hono/jsx";
import type { FormState } from "../../../platform/pages";
import { Card, Field, FormErrors, Hidden, PostForm, Table, TextArea } from "../../../ui/components";
import { PageHead, bindFields } from "../../../ui/form-kit";
import { formatIsoDate } from "../../../ui/format";
import { DECISION_FILES, type DecisionPreview } from "../commendations-decision.inputs";
import { FORM_LABEL, SUBJECT_KIND_LABEL } from "../commendations.inputs";

/** The form's values from the defaults: lists as one line each. */
export function formValues(d: DecisionPreview["defaults"]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(d).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : String(v)]),
  );
}

/** The decision of the selected commendations: who is in it, the fields, the three files. */
export const DecisionPage: FC<{
  base: string;
  ids: string;
  preview: DecisionPreview;
  state?: FormState | undefined;
}> = ({ base, ids, preview, state }) => {
  const f = bindFields({ ...formValues(preview.defaults), ...state?.values }, state?.errors);
  const list = preview.commendations;
  return (
    <>
      <PageHead
        crumbs={[{ href: base, label: "Khen thưởng" }, { label: "Quyết định, giấy khen" }]}
        title={`Quyết định số ${preview.decisionNumber}`}
        subtitle={`Ngày ${formatIsoDate(preview.decisionDate)} · ${list.length.toLocaleString("vi-VN")} tập thể, cá nhân được khen`}
      />
      <Card title="Tập thể, cá nhân trong quyết định">
        <Table columns={["Đối tượng", "Đơn vị", "Hình thức", "Thành tích"]} class="stack">
          {list.map((c) => (
            <tr>
              <td data-label="Đối tượng">
                <a href={`${base}/${c.id}`}>{c.subjectName}</a>
                <br />
                <span class="meta">{SUBJECT_KIND_LABEL[c.subjectKind]}</span>
              </td>
              <td data-label="Đơn vị">{c.unitName}</td>
              <td data-label="Hình thức">{FORM_LABEL[c.form]}</td>
              <td data-label="Thành tích">{c.content || "—"}</td>
            </tr>
          ))}
        </Table>
      </Card>
      <Card title="Thông tin của quyết định và giấy khen">
        <p class="muted">
          Số, ngày quyết định và danh sách lấy từ sổ khen thưởng. Các mục dưới đây đã điền sẵn theo lần lập
          trước của đơn vị (hoặc theo dữ liệu); đồng chí sửa nếu cần rồi chọn tệp cần tải.
        </p>
        <FormErrors errors={state?.errors} message={state?.message} />
        <PostForm action={`${base}/decision`}>
          <Hidden name="ids" value={ids} />
          <Field
            label="Tổ chức đảng cấp trên"
            {...f("superior")}
            hint="Dòng đầu tiêu đề, bên trái; để trống nếu không có."
          />
          <Field label="Cấp ủy ban hành" {...f("issuer")} required />
          <Field
            label="Cơ quan quyết định"
            {...f("decider")}
            required
            hint="Dòng trên các căn cứ, ví dụ: Ban Thường vụ Đảng ủy …"
          />
          <Field
            label="Địa danh"
            {...f("place")}
            required
            hint="Ví dụ: Trà Vinh (in trước “ngày … tháng … năm …”)."
          />
          <TextArea
            label="Thành tích"
            {...f("achievement")}
            required
            rows={2}
            hint="Dùng trong trích yếu, Điều 1 và giấy khen: “… có thành tích …”."
          />
          <TextArea label="Căn cứ" {...f("legalBases")} required rows={4} hint="Mỗi dòng một căn cứ." />
          <TextArea label="Điều 2" {...f("article2")} required rows={2} />
          <TextArea label="Điều 3" {...f("article3")} required rows={3} />
          <Field label="Thẩm quyền ký" {...f("signerAuthority")} required hint="Ví dụ: T/M Ban Thường vụ" />
          <Field label="Chức vụ người ký" {...f("signerTitle")} required hint="Ví dụ: Bí thư, Phó Bí thư" />
          <Field label="Họ và tên người ký" {...f("signerName")} required />
          <TextArea label="Nơi nhận" {...f("recipients")} required rows={3} hint="Mỗi dòng một nơi nhận." />
          <label class="check-line">
            <input
              type="checkbox"
              name="remember"
              value="1"
              checked={state ? state.values.remember === "1" : true}
            />{" "}
            Ghi nhớ các mục trên cho lần lập sau của đơn vị
          </label>
          <div class="actions">
            {Object.entries(DECISION_FILES).map(([d, label], i) => (
              // The list needs no signer: its button skips the browser's checks of the fields.
              <button
                type="submit"
                class={`btn btn-${i === 0 ? "primary" : "secondary"}`}
                name="document"
                value={d}
                formnovalidate={d === "recipients"}
              >
                {label}
              </button>
            ))}
          </div>
        </PostForm>
      </Card>
    </>
  );
};
