import { importPages } from "../../platform/imports/pages";
import { LinkButton } from "../../ui/components";
import { membersImport } from "./members-import.service";
import { FIELD_LABEL, type FieldKey, TEMPLATE_COLUMNS } from "./members-roster.rules";
import { templateFile } from "./members-sheets.rules";

/** The roster import pages under /members/import (admins). */
export const membersImportPages = importPages({
  kinds: { roster: membersImport },
  path: "/members/import",
  active: "/members",
  texts: (ctx) => ({
    pageTitle: "Nhập danh sách",
    title: "Nhập danh sách đảng viên",
    subtitle: "Từ tệp Excel (XLSX) hoặc CSV",
    back: { href: `/t/${ctx.tenant.slug}/members`, label: "Đảng viên" },
    fileLabel: "Tệp danh sách (.xlsx, .csv)",
    target: "danh sách",
    keyLabel: "Số thẻ",
    nameLabel: "Họ và tên",
    done: { href: `/t/${ctx.tenant.slug}/members`, label: "Xem danh sách đảng viên" },
  }),
  intro: (_ctx, base) => (
    <>
      <p>
        Điền mỗi đảng viên một dòng. Số thẻ đảng viên dùng để nhận biết người: nhập lại cùng tệp không tạo bản
        trùng.
      </p>
      <p class="form-inline">
        <LinkButton href={`${base}/template?format=xlsx`} kind="primary">
          Tệp mẫu Excel
        </LinkButton>
        <LinkButton href={`${base}/template?format=csv`}>Tệp mẫu CSV</LinkButton>
      </p>
      <ul class="hint">
        {TEMPLATE_COLUMNS.filter((c) => c.key !== "stt").map((c) => (
          <li>
            <strong>{c.header}</strong>
            {c.required ? " (bắt buộc)" : ""}: {c.hint}
          </li>
        ))}
      </ul>
    </>
  ),
  columnLabel: (_kind, column) => FIELD_LABEL[column as FieldKey] ?? column,
  template: (_ctx, _kind, format) => templateFile(format),
});
