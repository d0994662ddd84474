import type { Child, FC } from "hono/jsx";
import { Alert, Badge, Button, Field, FormErrors, PostForm } from "../../../ui/components";

export const STATUS_LABEL: Record<string, string> = {
  unverified: "Chờ xác minh",
  active: "Đang hoạt động",
  suspended: "Tạm ngừng",
  deleting: "Chờ xóa",
  deleted: "Đã xóa",
};
const STATUS_TONE: Record<string, "neutral" | "good" | "warn" | "bad" | "accent"> = {
  unverified: "warn",
  active: "good",
  suspended: "bad",
  deleting: "bad",
  deleted: "neutral",
};

export const StatusBadge: FC<{ status: string }> = ({ status }) => (
  <Badge tone={STATUS_TONE[status] ?? "neutral"}>{STATUS_LABEL[status] ?? status}</Badge>
);

export const ACTION_LABEL: Record<string, string> = {
  "operator.login": "Đăng nhập",
  "operator.logout": "Đăng xuất",
  "operator.lockout": "Khóa tạm vì sai mật khẩu nhiều lần",
  "tenant.verify": "Xác minh đơn vị",
  "tenant.suspend": "Tạm ngừng đơn vị",
  "tenant.reactivate": "Mở lại đơn vị",
  "tenant.read_only": "Chuyển sang chỉ đọc",
  "tenant.writable": "Cho phép ghi trở lại",
  "tenant.move.start": "Bắt đầu chuyển cơ sở dữ liệu",
  "tenant.move.switch": "Chuyển sổ đăng ký sang nơi mới",
  "tenant.move.done": "Hoàn tất chuyển cơ sở dữ liệu",
  "tenant.delete.schedule": "Hẹn xóa đơn vị",
  "tenant.delete.cancel": "Hủy lịch xóa",
  "tenant.delete.done": "Đã xóa toàn bộ dữ liệu",
  "stats.refresh": "Tính lại số liệu",
};

export const ConsoleNav: FC<{ operator: { displayName: string; login: string }; active: string }> = ({
  operator,
  active,
}) => (
  <nav class="console-nav" aria-label="Bảng điều khiển nền tảng">
    <a href="/platform" aria-current={active === "tenants" ? "page" : undefined}>
      Đơn vị
    </a>
    <a href="/platform/audit" aria-current={active === "audit" ? "page" : undefined}>
      Nhật ký thao tác
    </a>
    <span class="muted">
      {operator.displayName} · {operator.login}
    </span>
    <form method="post" action="/platform/logout">
      <button type="submit" class="linklike">
        Đăng xuất
      </button>
    </form>
  </nav>
);

export const OperatorLoginView: FC<{ login?: string; message?: string }> = ({ login, message }) => (
  <div class="auth-wrap">
    <div class="card">
      <h1>Vận hành nền tảng</h1>
      <p class="muted">Dành riêng cho cán bộ vận hành hệ thống Gương mẫu.</p>
      <FormErrors message={message} />
      <PostForm action="/platform/login">
        <Field label="Tên đăng nhập" name="login" value={login ?? ""} autocomplete="username" required />
        <Field label="Mật khẩu" name="password" type="password" autocomplete="current-password" required />
        <Button>Đăng nhập</Button>
      </PostForm>
    </div>
  </div>
);

export const Done: FC<{ message?: string | undefined; children?: Child }> = ({ message }) =>
  message ? <Alert kind="success">{message}</Alert> : null;
