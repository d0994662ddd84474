import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Card, Field, Select } from "../../../ui/components";
import { FormBody, PageHead, bindFields, plainMessage } from "../../../ui/form-kit";
import { formatDateTime, formatNumber } from "../../../ui/format";
import type { BulkAccountsOut } from "../members.outputs";
import { qrSvg } from "./qr";

export const BulkAccountsForm: FC<{
  ctx: Ctx;
  values: Record<string, string>;
  errors?: Record<string, string>;
  message?: string;
}> = ({ ctx, values, errors, message }) => (
  <>
    <PageHead
      back={{ href: `/t/${ctx.tenant.slug}/members`, label: "Đảng viên" }}
      title="Tạo tài khoản cho đảng viên"
      subtitle="Và phiếu hướng dẫn đăng nhập để in, cắt, phát tận tay"
    />
    <Card>
      <p>
        Mỗi đảng viên đang sinh hoạt chưa có tài khoản được tạo một tài khoản (tên đăng nhập là số thẻ đảng
        viên) và một liên kết đặt mật khẩu dùng một lần, hết hạn sau 72 giờ. Mỗi lần tạo tối đa 200 phiếu.
      </p>
      <FormBody
        action={`/t/${ctx.tenant.slug}/members/accounts`}
        errors={errors}
        message={plainMessage(errors, message)}
        submit="Tạo và in phiếu"
      >
        <Field
          label="Mã đơn vị"
          {...bindFields(values, errors)("unitCode", undefined, "unitId")}
          hint="Chi bộ, hoặc đảng bộ để tạo cho mọi chi bộ trực thuộc."
          required
        />
        <Select
          label="Tạo cho"
          name="include"
          value={values.include ?? "new"}
          options={[
            { value: "new", label: "Đảng viên chưa có tài khoản" },
            {
              value: "pending",
              label: "Đảng viên chưa đặt mật khẩu (cấp lại liên kết, liên kết cũ hết hiệu lực)",
            },
          ]}
        />
      </FormBody>
    </Card>
  </>
);

/** A4 sheet of slips: name, login, one-time link and its QR code; cut along the dashed lines. */
export const SlipsSheet: FC<{ ctx: Ctx; out: BulkAccountsOut }> = ({ ctx, out }) => (
  <>
    <div class="no-print">
      <PageHead
        back={{ href: `/t/${ctx.tenant.slug}/members`, label: "Đảng viên" }}
        title={`Phiếu đăng nhập · ${out.unitName}`}
        subtitle={`${formatNumber(out.slips.length)} phiếu${out.remaining ? `, còn ${formatNumber(out.remaining)} đảng viên chưa tạo` : ""}`}
      />
      {out.slips.length === 0 ? (
        <Alert kind="info">Không có đảng viên nào cần tạo tài khoản trong đơn vị này.</Alert>
      ) : (
        <Alert kind="warning">
          Liên kết chỉ hiển thị lần này. Hãy in ngay (Ctrl + P) và phát tận tay; không chụp gửi lên mạng. Liên
          kết hết hạn lúc {formatDateTime(out.slips[0]!.expiresAt)}.
        </Alert>
      )}
      <SkippedList ctx={ctx} out={out} />
    </div>
    <div class="slips">
      {out.slips.map((s) => (
        <section class="slip">
          {raw(qrSvg(s.url, `Mã QR đặt mật khẩu của ${s.fullName}`))}
          <div>
            <p class="slip-name">{s.fullName}</p>
            <p class="slip-meta">
              {s.unitName} · thẻ {s.cardNumber}
            </p>
            <p>
              Tên đăng nhập: <strong>{s.login}</strong>
            </p>
            <p class="slip-meta">
              Quét mã QR hoặc mở liên kết để đặt mật khẩu (dùng một lần, trước {formatDateTime(s.expiresAt)}):
            </p>
            <p class="slip-link">{s.url}</p>
          </div>
        </section>
      ))}
    </div>
  </>
);

/** The members given no new account, and why: one person, one account. */
const SkippedList: FC<{ ctx: Ctx; out: BulkAccountsOut }> = ({ ctx, out }) =>
  out.skippedCount === 0 ? null : (
    <Card title={`${formatNumber(out.skippedCount)} đảng viên không được tạo thêm tài khoản`}>
      <p class="hint">
        Mỗi người chỉ có một tài khoản. Tài khoản trùng tên đăng nhập nhưng chưa gắn hồ sơ: hãy mở tài khoản
        đó ở trang <a href={`/t/${ctx.tenant.slug}/admin/accounts`}>Tài khoản</a> và gắn với hồ sơ bằng số thẻ
        đảng viên.
      </p>
      <ul>
        {out.skipped.map((s) => (
          <li>
            {s.fullName} (thẻ {s.cardNumber}):{" "}
            {s.reason === "has_account"
              ? `đã có tài khoản «${s.login}»`
              : `có tài khoản «${s.login}» chưa gắn hồ sơ đảng viên`}
          </li>
        ))}
        {out.skippedCount > out.skipped.length && (
          <li>… và {formatNumber(out.skippedCount - out.skipped.length)} đảng viên khác.</li>
        )}
      </ul>
    </Card>
  );
