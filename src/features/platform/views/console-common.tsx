import type { Child, FC } from "hono/jsx";
import { Alert, Badge, Button, Field, FormErrors, PostForm } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";

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

export const JOB_KIND_LABEL: Record<string, string> = {
  move: "Chuyển cơ sở dữ liệu",
  export: "Xuất dữ liệu",
  delete: "Xóa đơn vị",
};
export const JOB_STATUS_LABEL: Record<string, string> = {
  pending: "Đang chờ",
  running: "Đang chạy",
  done: "Hoàn tất",
  failed: "Không thành công",
  cancelled: "Đã hủy",
};

export const MOVE_PHASE_LABEL: Record<string, string> = {
  prepare: "Chuẩn bị",
  clear: "Dọn dữ liệu cũ ở nơi đến",
  copy: "Sao chép",
  verify: "Đối chiếu số dòng và tổng kiểm",
  switch: "Chuyển sổ đăng ký",
  mark: "Đánh dấu nơi cũ",
  cleanup: "Xóa dữ liệu ở nơi cũ",
  abort: "Hủy, hoàn tác",
};

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

/** 1536 → "1,5 KB". */
export function formatBytes(n: number | null): string {
  if (n == null) return "—";
  if (n < 1024) return `${formatNumber(n)} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${formatNumber(v, 1)} ${units[i]}`;
}

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
