import type { FC } from "hono/jsx";
import { Alert, Button, Field, FormErrors, Hidden, PostForm } from "./components";

export const LoginForm: FC<{
  slug: string;
  tenantName: string;
  login?: string;
  message?: string | undefined;
  notice?: string | undefined;
  next?: string | undefined;
}> = ({ slug, tenantName, login, message, notice, next }) => (
  <div class="auth-wrap">
    <div class="card">
      <h1>Đăng nhập</h1>
      <p class="muted">{tenantName}</p>
      {notice && <Alert kind="info">{notice}</Alert>}
      <FormErrors message={message} />
      <PostForm action={`/t/${slug}/login`}>
        {next && <Hidden name="next" value={next} />}
        <Field
          label="Tên đăng nhập"
          name="login"
          value={login ?? ""}
          autocomplete="username"
          hint="Số điện thoại, e-mail hoặc tên đăng nhập được cấp."
          required
        />
        <Field label="Mật khẩu" name="password" type="password" autocomplete="current-password" required />
        <Button>Đăng nhập</Button>
      </PostForm>
      <p class="hint">Chưa có mật khẩu? Hãy đề nghị bí thư chi bộ tạo liên kết đặt mật khẩu cho đồng chí.</p>
    </div>
  </div>
);
