import type { FC } from "hono/jsx";
import { Alert, Button, Card, Field, FormErrors, PostForm, Select } from "../../../ui/components";
import { ActionButton, PageHead } from "../../../ui/form-kit";
import { formatBytes, formatDate, formatDateTime, formatNumber } from "../../../ui/format";
import { JOB_KIND_LABEL, JOB_STATUS_LABEL, MOVE_PHASE_LABEL, type jobOut } from "../../lifecycle";
import type { TenantDetail } from "../console.service";
import { ConsoleNav, Done, StatusBadge } from "./console-common";
import { AuditTable } from "./tenant-list";
import { tableLabel } from "./console-details";

type JobView = ReturnType<typeof jobOut>;

export const DONE_MESSAGES: Record<string, string> = {
  verify: "Đã xác minh đơn vị; giới hạn số đảng viên được bỏ.",
  suspend: "Đã tạm ngừng đơn vị; người dùng bị đăng xuất ở lần thao tác tiếp theo.",
  reactivate: "Đã mở lại đơn vị.",
  move: "Đã bắt đầu chuyển cơ sở dữ liệu; tiến độ hiện ở dưới.",
  run: "Đã cho tác vụ chạy tiếp.",
  deletion: "Đã hẹn xóa đơn vị; đơn vị bị đóng ngay từ bây giờ.",
  cancel: "Đã hủy lịch xóa; đơn vị hoạt động trở lại.",
  stats: "Đã tính lại số liệu của đơn vị.",
};

export interface DetailPanel {
  form: "move" | "deletion" | "status";
  values?: Record<string, string>;
  errors?: Record<string, string>;
  message?: string;
}

const JobRow: FC<{ j: JobView; base: string }> = ({ j, base }) => {
  const active = j.status === "pending" || j.status === "running";
  const p = j.params as { from?: string; to?: string; graceDays?: number };
  return (
    <li>
      <span>
        <b>{JOB_KIND_LABEL[j.kind]}</b>
        {j.kind === "move" && ` ${p.from} → ${p.to}`}
        {j.kind === "delete" && ` (sau ${p.graceDays} ngày, từ ${formatDate(j.runAfter)})`}
        <span class="meta">
          {" "}
          · {JOB_STATUS_LABEL[j.status]}
          {j.phase && j.kind === "move" ? ` · ${MOVE_PHASE_LABEL[j.phase] ?? j.phase}` : ""}
          {j.total > 0 && ` · ${formatNumber(Math.min(j.done, j.total))}/${formatNumber(j.total)} dòng`}
          {" · "}
          {formatDateTime(j.createdAt)}
        </span>
        {j.error && <span class="error-text"> {j.error}</span>}
        {j.waitUntil && (
          <span class="meta"> · chờ đến {formatDateTime(j.waitUntil)} mới xóa dữ liệu ở nơi cũ</span>
        )}
      </span>
      {active && j.kind === "move" && (
        <ActionButton action={`${base}/jobs/${j.id}/run`} kind="secondary">
          Chạy tiếp
        </ActionButton>
      )}
    </li>
  );
};

export const TenantDetailView: FC<{
  operator: { displayName: string; login: string };
  d: TenantDetail;
  jobs: JobView[];
  done?: string | undefined;
  panel?: DetailPanel | undefined;
}> = ({ operator, d, jobs, done, panel }) => {
  const t = d.tenant;
  const base = `/platform/tenants/${t.id}`;
  const activeDelete = jobs.find(
    (j) => j.kind === "delete" && (j.status === "pending" || j.status === "running"),
  );
  const others = d.bindings.filter((b) => b !== t.binding);
  return (
    <>
      <ConsoleNav operator={operator} active="tenants" />
      <PageHead
        crumbs={[{ href: "/platform", label: "Đơn vị" }, { label: t.name }]}
        title={t.name}
        subtitle={`${t.kind}${t.province ? ` · ${t.province}` : ""} · /t/${t.slug}`}
      >
        <StatusBadge status={t.status} />
      </PageHead>
      <Done message={done ? DONE_MESSAGES[done] : undefined} />
      {panel?.form === "status" && <FormErrors message={panel.message} />}
      <div class="grid grid-2">
        <Card title="Đăng ký">
          <dl class="kv">
            <dt>Cơ sở dữ liệu</dt>
            <dd>
              {t.binding}
              {t.readOnly && " (đang chỉ đọc)"}
            </dd>
            <dt>Giới hạn đảng viên</dt>
            <dd>{t.memberCap == null ? "Không giới hạn" : formatNumber(t.memberCap)}</dd>
            <dt>Người liên hệ</dt>
            <dd>{t.contactName || "—"}</dd>
            <dt>Điện thoại</dt>
            <dd>{t.contactPhone || "—"}</dd>
            <dt>Tạo ngày</dt>
            <dd>{formatDateTime(t.createdAt)}</dd>
            <dt>Xác minh</dt>
            <dd>{t.verifiedAt ? formatDateTime(t.verifiedAt) : "Chưa"}</dd>
            <dt>Hoạt động gần nhất</dt>
            <dd>{formatDateTime(t.lastActiveAt)}</dd>
          </dl>
          <div class="page-actions">
            {t.status === "unverified" && (
              <ActionButton action={`${base}/verify`} version={t.version}>
                Xác minh
              </ActionButton>
            )}
            {(t.status === "unverified" || t.status === "active") && (
              <ActionButton action={`${base}/suspend`} version={t.version} kind="danger">
                Tạm ngừng
              </ActionButton>
            )}
            {t.status === "suspended" && (
              <ActionButton action={`${base}/reactivate`} version={t.version}>
                Mở lại
              </ActionButton>
            )}
          </div>
        </Card>
        <Card title="Dữ liệu">
          <p>
            {t.rows == null ? "Chưa tính." : `${formatNumber(t.rows)} dòng, khoảng ${formatBytes(t.bytes)}`}
            {t.statsAt && <span class="meta"> (lúc {formatDateTime(t.statsAt)})</span>}
          </p>
          <ul class="list">
            {Object.entries(d.tables).map(([name, n]) => (
              <li>
                <span title={name}>{tableLabel(name)}</span>
                <b>{formatNumber(n)}</b>
              </li>
            ))}
          </ul>
          <ActionButton action={`${base}/stats`} kind="secondary">
            Tính lại
          </ActionButton>
        </Card>
      </div>
      <Card title="Tác vụ">
        {jobs.length === 0 ? (
          <p class="empty">Chưa có tác vụ nào.</p>
        ) : (
          <ul class="list">
            {jobs.map((j) => (
              <JobRow j={j} base={base} />
            ))}
          </ul>
        )}
      </Card>
      {t.status !== "deleting" && others.length > 0 && (
        <Card title="Chuyển sang cơ sở dữ liệu khác">
          <p class="hint">
            Trong lúc chuyển, đơn vị chỉ đọc (người dùng thấy thông báo bảo trì). Dữ liệu được sao chép theo
            từng phần, đối chiếu số dòng và tổng kiểm từng bảng, rồi mới chuyển sổ đăng ký; dữ liệu ở nơi cũ
            chỉ bị xóa sau khi đối chiếu khớp.
          </p>
          {panel?.form === "move" && <FormErrors errors={panel.errors} message={panel.message} />}
          <PostForm action={`${base}/move`} class="form-inline">
            <Select
              label="Đến"
              name="binding"
              value={panel?.values?.binding}
              options={others.map((b) => ({ value: b, label: b }))}
            />
            <Button>Bắt đầu chuyển</Button>
          </PostForm>
        </Card>
      )}
      <Card title="Xóa đơn vị">
        {activeDelete ? (
          <>
            <Alert kind="warning">
              Đơn vị đã bị đóng và sẽ bị xóa toàn bộ dữ liệu từ ngày {formatDate(activeDelete.runAfter)}.
            </Alert>
            <ActionButton action={`${base}/deletion/cancel`} kind="secondary">
              Hủy lịch xóa, mở lại đơn vị
            </ActionButton>
          </>
        ) : (
          <>
            <p class="hint">
              Đơn vị bị đóng ngay; sau thời gian chờ, mọi dữ liệu bị xóa khỏi mọi cơ sở dữ liệu, sổ đăng ký
              chỉ giữ mã và tên. Hãy đề nghị đơn vị tải bản xuất dữ liệu trước.
            </p>
            {panel?.form === "deletion" && <FormErrors errors={panel.errors} message={panel.message} />}
            <PostForm action={`${base}/deletion`} class="form-inline">
              <Field
                label="Số ngày chờ"
                name="graceDays"
                value={panel?.values?.graceDays ?? "30"}
                inputmode="numeric"
                error={panel?.errors?.graceDays}
              />
              <Field
                label="Gõ địa chỉ của đơn vị để xác nhận"
                name="confirmSlug"
                value={panel?.form === "deletion" ? panel.values?.confirmSlug : undefined}
                hint={`Gõ đúng: ${t.slug}`}
                autocomplete="off"
                required
                error={panel?.errors?.confirmSlug}
              />
              <Button kind="danger">Hẹn xóa</Button>
            </PostForm>
          </>
        )}
      </Card>
      <Card title="Nhật ký thao tác của đơn vị">
        <AuditTable items={d.audit} />
      </Card>
    </>
  );
};
