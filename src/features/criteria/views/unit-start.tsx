import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Hidden, LinkButton } from "../../../ui/components";
import type { UnitStart } from "../criteria-create.service";
import { CRITERIA_TEMPLATES } from "../criteria-templates.rules";
import { DocFields, EffectiveGroups, type Panel } from "./parts";
import { FormCard, PageHead, plainMessage } from "../../../ui/form-kit";

const DEFAULT_TITLE =
  "Kế hoạch xây dựng và triển khai thực hiện mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo”";

/** A unit without a set for the year: what it inherits, and the form that starts its own set. */
export const UnitStartPage: FC<{ ctx: Ctx; data: UnitStart; panel?: Panel | undefined; done?: string }> = ({
  ctx,
  data,
  panel,
  done,
}) => {
  const base = `/t/${ctx.tenant.slug}/admin/criteria`;
  const e = data.effective;
  const root = e.unit.depth === 0;
  const v = panel?.values ?? {};
  const err = panel?.errors ?? {};
  const source = v.source ?? (root ? "template" : data.otherYears.length ? "copy" : "blank");
  return (
    <>
      <PageHead
        crumbs={[
          { href: `${base}?year=${data.year}`, label: `Khung tiêu chí năm ${data.year}` },
          { label: e.unit.name },
        ]}
        title={`Khung tiêu chí năm ${data.year}`}
        subtitle={e.unit.name}
      >
        <LinkButton href={`${base}/units/${e.unit.id}/focus?year=${data.year}`}>
          Nội dung trọng tâm
        </LinkButton>
      </PageHead>
      {done === "discarded" && (
        <Alert kind="success">Đã hủy bản nháp; đơn vị không còn khung tiêu chí riêng năm {data.year}.</Alert>
      )}
      <Alert kind="info">
        {root
          ? `Chưa có khung tiêu chí năm ${data.year}. Hãy áp dụng mẫu, sao chép khung năm trước hoặc lập khung mới.`
          : `Đơn vị chưa có khung tiêu chí riêng năm ${data.year}; đảng viên đang dùng khung kế thừa từ cấp trên (bên dưới). Đơn vị có thể lập khung riêng để cụ thể hóa, bổ sung tiêu chí, nhưng phải giữ các tiêu chí cốt lõi.`}
      </Alert>
      {data.canEdit && (
        <FormCard
          title={root ? "Lập khung tiêu chí" : "Lập khung tiêu chí riêng của đơn vị"}
          action={`${base}/units/${e.unit.id}/sets`}
          errors={err}
          message={plainMessage(err, panel?.message)}
          submit="Tạo bản nháp"
        >
          <Hidden name="year" value={data.year} />
          <div class={`field ${err.source ? "field-error" : ""}`}>
            <label for="f-source">Cách khởi tạo</label>
            <select id="f-source" name="source">
              {root && (
                <option value="template" selected={source === "template"}>
                  Áp dụng mẫu trong thư viện
                </option>
              )}
              {data.otherYears.length > 0 && (
                <option value="copy" selected={source === "copy"}>
                  Sao chép khung của năm khác
                </option>
              )}
              <option value="blank" selected={source === "blank"}>
                {root ? "Lập khung trống" : "Bắt đầu từ khung của cấp trên"}
              </option>
            </select>
            {err.source && <p class="error-text">{err.source}</p>}
          </div>
          {root && (
            <div class="field">
              <label for="f-templateId">Mẫu (khi áp dụng mẫu)</label>
              <select id="f-templateId" name="templateId">
                {CRITERIA_TEMPLATES.map((t) => (
                  <option value={t.id} selected={v.templateId === t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
              {err.templateId && <p class="error-text">{err.templateId}</p>}
            </div>
          )}
          {data.otherYears.length > 0 && (
            <div class="field">
              <label for="f-copyFromYear">Năm sao chép (khi sao chép)</label>
              <select id="f-copyFromYear" name="copyFromYear">
                {data.otherYears.map((y) => (
                  <option value={String(y)} selected={v.copyFromYear === String(y)}>
                    {y}
                  </option>
                ))}
              </select>
              {err.copyFromYear && <p class="error-text">{err.copyFromYear}</p>}
            </div>
          )}
          <DocFields
            values={{ ...v, title: v.title ?? (root ? "" : DEFAULT_TITLE) }}
            errors={err}
            hints={{
              title: root ? "Để trống khi áp dụng mẫu hoặc sao chép: lấy theo văn bản gốc." : undefined,
              issuer: "Ví dụ: Đảng ủy Trường Chính trị.",
            }}
          />
        </FormCard>
      )}
      <EffectiveGroups criteria={e.criteria} hidden={e.hidden} />
    </>
  );
};
