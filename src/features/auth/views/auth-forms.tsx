import type { FC } from "hono/jsx";
import { Alert, Button, Field, FormErrors, PostForm } from "../../../ui/components";
import { formatDateTime } from "../../../ui/format";

const PASSWORD_HINT = "Ít nhất 8 ký tự, có cả chữ và số.";

export const PasswordForm: FC<{ slug: string; errors?: Record<string, string>; done?: boolean }> = ({
  slug,
  errors,
  done,
}) => (
  <div class="auth-wrap">
    <div class="card">
      <h1>Đổi mật khẩu</h1>
      {done && <Alert kind="success">Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.</Alert>}
      <FormErrors errors={errors} />
      <PostForm action={`/t/${slug}/password`}>
        <Field
          label="Mật khẩu hiện tại"
          name="currentPassword"
          type="password"
          autocomplete="current-password"
          error={errors?.currentPassword}
          required
        />
        <Field
          label="Mật khẩu mới"
          name="newPassword"
          type="password"
          autocomplete="new-password"
          hint={PASSWORD_HINT}
          error={errors?.newPassword}
          required
        />
        <Button>Lưu mật khẩu mới</Button>
      </PostForm>
    </div>
  </div>
);

export const SetupForm: FC<{
  action: string;
  who: { displayName: string; login: string; expiresAt: number };
  errors?: Record<string, string>;
}> = ({ action, who, errors }) => (
  <div class="auth-wrap">
    <div class="card">
      <h1>Đặt mật khẩu</h1>
      <p>
        Xin chào <strong>{who.displayName}</strong>. Tên đăng nhập của đồng chí là{" "}
        <strong>{who.login}</strong>.
      </p>
      <p class="hint">Liên kết này dùng được một lần, hết hạn lúc {formatDateTime(who.expiresAt)}.</p>
      <FormErrors errors={errors} />
      <PostForm action={action}>
        <Field
          label="Mật khẩu mới"
          name="password"
          type="password"
          autocomplete="new-password"
          hint={PASSWORD_HINT}
          error={errors?.password}
          required
        />
        <Field
          label="Nhập lại mật khẩu"
          name="confirm"
          type="password"
          autocomplete="new-password"
          error={errors?.confirm}
          required
        />
        <Button>Đặt mật khẩu và đăng nhập</Button>
      </PostForm>
    </div>
  </div>
);
