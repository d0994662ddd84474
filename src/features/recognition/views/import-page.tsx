import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Breadcrumbs, Button, Card, FormErrors, PostForm, Select } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { ImportResult } from "../recognition-sheets.rules";
import { Checkbox, type FormState } from "./parts";

export const IMPORT_KINDS = {
  models: "Mô hình và tình trạng theo năm",
  commendations: "Khen thưởng",
} as const;
export type ImportKind = keyof typeof IMPORT_KINDS;

export const ImportPage: FC<{
  ctx: Ctx;
  kind: ImportKind;
  form?: FormState | undefined;
  result?: ImportResult | undefined;
}> = ({ ctx, kind, form, result }) => {
  const base = `/t/${ctx.tenant.slug}/exemplars`;
  const tpl = (k: ImportKind, f: string) => `${base}/import/template?kind=${k}&format=${f}`;
  return (
    <>
      <Breadcrumbs items={[{ href: base, label: "Mô hình" }, { label: "Nhập từ tệp" }]} />
      <PageTitle
        title="Nhập từ tệp Excel hoặc CSV"
        subtitle="Nhập sổ mô hình và khen thưởng của cả năm một lần"
      />
      {result && (
        <Card title={result.dryRun ? "Kết quả kiểm tra (chưa ghi)" : "Kết quả nhập"}>
          <ul class="list">
            <li>
              <span>Số dòng dữ liệu</span>
              <b>{formatNumber(result.rows)}</b>
            </li>
            <li>
              <span>{result.dryRun ? "Sẽ thêm mới" : "Đã thêm mới"}</span>
              <b>{formatNumber(result.created)}</b>
            </li>
            <li>
              <span>{result.dryRun ? "Sẽ cập nhật" : "Đã cập nhật"}</span>
              <b>{formatNumber(result.updated)}</b>
            </li>
            <li>
              <span>Không thay đổi (đã có)</span>
              <b>{formatNumber(result.unchanged)}</b>
            </li>
            <li>
              <span>Dòng lỗi (bỏ qua)</span>
              <b>{formatNumber(result.errors.length)}</b>
            </li>
          </ul>
          {result.errors.length === 0 ? (
            <Alert kind="success">Không có dòng lỗi.</Alert>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th class="num">Dòng</th>
                    <th>Cột</th>
                    <th>Lỗi</th>
                  </tr>
                </thead>
                <tbody>
                  {result.errors.slice(0, 500).map((e) => (
                    <tr>
                      <td class="num">{e.row}</td>
                      <td>{e.column}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      )}
      <Card title="Chọn tệp">
        <FormErrors errors={form?.errors} message={form?.message} />
        <PostForm action={`${base}/import`} enctype="multipart/form-data">
          <Select
            label="Loại dữ liệu"
            name="kind"
            value={kind}
            options={Object.entries(IMPORT_KINDS).map(([value, label]) => ({ value, label }))}
          />
          <div class={`field ${form?.errors.file ? "field-error" : ""}`}>
            <label for="f-file">Tệp XLSX hoặc CSV (UTF-8), tối đa 5 MB</label>
            <input
              id="f-file"
              type="file"
              name="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
            />
            {form?.errors.file && <p class="error-text">{form.errors.file}</p>}
          </div>
          <Checkbox
            name="dryRun"
            label="Chỉ kiểm tra, chưa ghi vào sổ"
            checked={form ? form.values.dryRun === "1" : true}
          />
          <Button>Nhập</Button>
        </PostForm>
      </Card>
      <Card title="Tệp mẫu">
        <p>
          Nhập lại cùng một tệp không tạo bản trùng: mô hình được nhận theo mã đơn vị, tên và năm bắt đầu;
          khen thưởng theo đối tượng, năm, cấp, hình thức và số quyết định. Dòng lỗi được liệt kê, các dòng
          đúng vẫn được nhập.
        </p>
        <ul class="list">
          {(Object.keys(IMPORT_KINDS) as ImportKind[]).map((k) => (
            <li>
              <span>{IMPORT_KINDS[k]}</span>
              <span class="page-actions">
                <a class="btn btn-secondary" href={tpl(k, "xlsx")}>
                  Mẫu Excel
                </a>
                <a class="btn btn-secondary" href={tpl(k, "csv")}>
                  Mẫu CSV
                </a>
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
};
