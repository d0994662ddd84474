import { importPages } from "../../platform/imports/pages";
import { Select } from "../../ui/components";
import { COMMENDATION_COLUMNS } from "./commendations-sheet.rules";
import { commendationsImport } from "./commendations-import.service";
import { commendationTemplate } from "./commendations-export.service";
import { MODEL_COLUMNS } from "./models-sheet.rules";
import { modelsImport } from "./models-import.service";
import { modelTemplate } from "./models-export.service";

const KINDS: Record<string, string> = {
  models: "Mô hình và tình trạng theo năm",
  commendations: "Khen thưởng",
};
const COLUMNS: Record<string, typeof MODEL_COLUMNS> = {
  models: MODEL_COLUMNS,
  commendations: COMMENDATION_COLUMNS,
};

/** Models and commendations from a spreadsheet, under /exemplars/import (admins and secretaries). */
export const recognitionImportPages = importPages({
  kinds: { models: modelsImport, commendations: commendationsImport },
  path: "/exemplars/import",
  active: "/exemplars",
  texts: (ctx) => ({
    pageTitle: "Nhập từ tệp",
    title: "Nhập từ tệp Excel hoặc CSV",
    subtitle: "Nhập sổ mô hình và khen thưởng của cả năm một lần",
    back: { href: `/t/${ctx.tenant.slug}/exemplars`, label: "Mô hình" },
    fileLabel: "Tệp XLSX hoặc CSV (UTF-8), tối đa 5 MB",
    target: "sổ",
    keyLabel: "Mã đơn vị / số thẻ",
    nameLabel: "Mô hình / quyết định",
    done: { href: `/t/${ctx.tenant.slug}/exemplars`, label: "Xem sổ mô hình" },
  }),
  intro: (_ctx, base) => (
    <>
      <p>
        Nhập lại cùng một tệp không tạo bản trùng: mô hình được nhận theo mã đơn vị, tên và năm bắt đầu; khen
        thưởng theo đối tượng, năm, cấp, hình thức và số quyết định. Dòng lỗi được liệt kê, các dòng đúng vẫn
        được nhập.
      </p>
      <ul class="list">
        {Object.entries(KINDS).map(([kind, label]) => (
          <li>
            <span>{label}</span>
            <span class="page-actions">
              <a class="btn btn-secondary" href={`${base}/template?kind=${kind}&format=xlsx`}>
                Mẫu Excel
              </a>
              <a class="btn btn-secondary" href={`${base}/template?kind=${kind}&format=csv`}>
                Mẫu CSV
              </a>
            </span>
          </li>
        ))}
      </ul>
    </>
  ),
  fields: (kind) => (
    <Select
      label="Loại dữ liệu"
      name="kind"
      value={kind}
      options={Object.entries(KINDS).map(([value, label]) => ({ value, label }))}
    />
  ),
  kindLabel: (kind) => KINDS[kind] ?? kind,
  columnLabel: (kind, key) => COLUMNS[kind]?.find((c) => c.key === key)?.header ?? key,
  template: (ctx, kind, format) =>
    kind === "commendations" ? commendationTemplate(ctx, format) : modelTemplate(ctx, format),
});
