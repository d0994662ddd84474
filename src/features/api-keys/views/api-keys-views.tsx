import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Card, DataTable, Field, PostForm, Select, TextArea } from "../../../ui/components";
import { FormCard, FormPanel, bindFields, bindState } from "../../../ui/form-kit";
import { formatDate, formatDateTime } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { ApiKeyOut, CreatedApiKeyOut } from "../api-keys.inputs";

type Form = { values: Record<string, string>; errors: Record<string, string>; message?: string };

export const SCOPE_OPTIONS = [
  { value: "read", label: "Chỉ đọc (read)" },
  { value: "write", label: "Đọc và ghi (read, write)" },
];

const STATUS: Record<ApiKeyOut["status"], { label: string; tone: "good" | "warn" | "bad" }> = {
  active: { label: "Đang dùng", tone: "good" },
  expired: { label: "Hết hạn", tone: "warn" },
  revoked: { label: "Đã thu hồi", tone: "bad" },
};

export const ApiKeysPage: FC<{
  ctx: Ctx;
  keys: ApiKeyOut[];
  origins: string[];
  form?: Form | undefined;
  originsForm?: Form | undefined;
  done?: string;
}> = ({ ctx, keys, origins, form, originsForm, done }) => {
  const base = `/t/${ctx.tenant.slug}/admin/api-keys`;
  const bind = bindState(form);
  return (
    <>
      <PageTitle
        title="Khóa API"
        subtitle="Khóa để hệ thống khác (cổng thông tin, cơ sở dữ liệu đảng viên) gọi API của đơn vị"
      />
      {done === "revoked" && <Alert kind="success">Đã thu hồi khóa. Khóa không còn dùng được.</Alert>}
      {done === "origins" && <Alert kind="success">Đã lưu danh sách nguồn web được phép.</Alert>}
      <FormPanel title="Tạo khóa mới" state={form} action={base} submit="Tạo khóa">
        <Field
          label="Tên khóa"
          {...bind("name")}
          hint="Hệ thống nào dùng khóa, ví dụ: Cổng thông tin tỉnh."
          required
        />
        <Select label="Quyền" {...bind("scope", "read", "scopes")} options={SCOPE_OPTIONS} />
        <Field
          label="Mã đơn vị"
          {...bind("unitCode", undefined, "unitId")}
          hint="Để trống: khóa dùng cho toàn đơn vị. Có mã: chỉ trong phạm vi đơn vị đó."
        />
        <Field
          label="Hết hạn ngày"
          {...bind("expires", undefined, "expiresAt")}
          hint="dd/mm/yyyy; để trống nếu không hết hạn."
        />
      </FormPanel>
      <Card>
        <DataTable
          items={keys}
          empty="Chưa có khóa API nào."
          class="stack"
          columns={[
            "Tên",
            "Khóa",
            "Quyền",
            "Phạm vi",
            "Tạo lúc",
            "Dùng gần nhất",
            "Hết hạn",
            "Trạng thái",
            "Thao tác",
          ]}
          row={(k) => (
            <tr>
              <td data-label="Tên">{k.name}</td>
              <td data-label="Khóa">
                {/* Every key of the tenant starts with the same tenant id: show what tells them apart. */}
                <code title={k.prefix}>gmk_…{k.prefix.slice(k.prefix.lastIndexOf("_"))}</code>
              </td>
              <td data-label="Quyền">{k.scopes.includes("write") ? "Đọc và ghi" : "Chỉ đọc"}</td>
              <td data-label="Phạm vi">{k.unitName ?? "Toàn đơn vị"}</td>
              <td data-label="Tạo lúc">{formatDateTime(k.createdAt)}</td>
              <td data-label="Dùng gần nhất">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "Chưa dùng"}</td>
              <td data-label="Hết hạn">{k.expiresAt ? formatDate(k.expiresAt) : "Không"}</td>
              <td data-label="Trạng thái">
                <Badge tone={STATUS[k.status].tone}>{STATUS[k.status].label}</Badge>
              </td>
              <td data-label="Thao tác">
                {k.status !== "revoked" && (
                  <PostForm action={`${base}/${k.id}/revoke`} class="form-inline">
                    <button type="submit" class="btn btn-danger" aria-label={`Thu hồi khóa ${k.name}`}>
                      Thu hồi
                    </button>
                  </PostForm>
                )}
              </td>
            </tr>
          )}
        />
      </Card>
      <FormCard
        title="Nguồn web được phép gọi API (CORS)"
        action={`${base}/origins`}
        errors={originsForm?.errors}
        submit="Lưu danh sách"
        intro={
          <p class="hint">
            Trang web (cổng thông tin) gọi API từ trình duyệt bằng khóa API cần có trong danh sách này. Mỗi
            dòng một nguồn, dạng https://ten-mien; tối đa 20. Cookie đăng nhập không bao giờ dùng được từ
            nguồn khác.
          </p>
        }
      >
        <TextArea
          label="Nguồn được phép"
          {...bindFields(originsForm?.values, originsForm?.errors)("origins", origins.join("\n"))}
          rows={4}
        />
      </FormCard>
    </>
  );
};

export const CreatedKeyPage: FC<{ ctx: Ctx; created: CreatedApiKeyOut }> = ({ ctx, created }) => (
  <>
    <p>
      <a href={`/t/${ctx.tenant.slug}/admin/api-keys`}>‹ Khóa API</a>
    </p>
    <PageTitle title="Khóa API mới" subtitle={created.name} />
    <Card>
      <Alert kind="warning">
        Khóa chỉ hiển thị một lần. Hãy sao chép và lưu vào nơi an toàn của hệ thống sẽ dùng khóa; không gửi
        qua tin nhắn hay e-mail công khai.
      </Alert>
      <p class="copy">
        <code>{created.key}</code>
      </p>
      <p class="hint">
        Hệ thống dùng khóa gửi kèm mỗi yêu cầu tiêu đề <code>Authorization: Bearer</code> và cả khóa ở trên.
        Xem hướng dẫn tích hợp trong tài liệu API.
      </p>
    </Card>
  </>
);
