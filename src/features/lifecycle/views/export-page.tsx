import type { FC } from "hono/jsx";
import { Alert, Button, Card, Empty, PostForm } from "../../../ui/components";
import { formatBytes, formatDateTime, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { ExportView } from "../lifecycle-export.service";
import { JOB_STATUS_LABEL } from "../lifecycle.rules";

const active = (e: ExportView) => e.status === "pending" || e.status === "running";

export const ExportPage: FC<{ slug: string; exports: ExportView[]; done?: boolean }> = ({
  slug,
  exports,
  done,
}) => {
  const base = `/t/${slug}/admin/export`;
  const running = exports.find(active);
  return (
    <>
      <PageTitle
        title="Xuất toàn bộ dữ liệu"
        subtitle="Mọi dữ liệu của đơn vị trong một tệp nén: mỗi bảng một tệp JSON và một tệp CSV"
      />
      {done && <Alert kind="success">Đã bắt đầu xuất dữ liệu. Trang này tự cập nhật tiến độ.</Alert>}
      <Card>
        <p>
          Bản xuất gồm tổ chức đảng, tài khoản, đảng viên, kế hoạch, sổ tay, đánh giá, nhật ký thao tác… Không
          gồm mật khẩu (dạng mã băm), phiên đăng nhập và liên kết đặt mật khẩu. Tệp được giữ 7 ngày để tải về.
        </p>
        {running ? (
          <div class="progress-block" role="status">
            <p>
              Đang xuất: {formatNumber(Math.min(running.done, running.total))} / {formatNumber(running.total)}{" "}
              dòng
            </p>
            <progress value={Math.min(running.done, running.total)} max={Math.max(running.total, 1)} />
            <p class="hint">Có thể rời trang này; việc xuất vẫn tiếp tục khi đồng chí quay lại.</p>
          </div>
        ) : (
          <PostForm action={base}>
            <Button>Tạo bản xuất mới</Button>
          </PostForm>
        )}
      </Card>
      <Card title="Các bản xuất gần đây">
        {exports.length === 0 ? (
          <Empty>Chưa có bản xuất nào.</Empty>
        ) : (
          <ul class="list">
            {exports.map((e) => (
              <li>
                <span>
                  {formatDateTime(e.createdAt)}
                  <span class="meta">
                    {" "}
                    · {JOB_STATUS_LABEL[e.status]}
                    {e.total > 0 && ` · ${formatNumber(e.total)} dòng`}
                    {e.bytes != null && ` · ${formatBytes(e.bytes)}`}
                    {e.expiresAt && ` · giữ đến ${formatDateTime(e.expiresAt)}`}
                  </span>
                  {e.error && <span class="error-text"> {e.error}</span>}
                </span>
                {e.status === "done" && e.fileName && (
                  <a class="btn btn-secondary" href={`${base}/${e.id}/download`}>
                    Tải về
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
};
