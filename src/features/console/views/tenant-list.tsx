import type { FC } from "hono/jsx";
import {
  Button,
  DataTable,
  Empty,
  LinkButton,
  numCol,
  PostForm,
  Select,
  Table,
} from "../../../ui/components";
import { formatBytes, formatDate, formatDateTime, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { AuditItem, TenantListItem } from "../console.service";
import { ACTION_LABEL, ConsoleNav, Done, STATUS_LABEL, StatusBadge } from "./console-common";
import { Details } from "./console-details";

type Op = { displayName: string; login: string };

export const TenantListView: FC<{
  operator: Op;
  items: TenantListItem[];
  page: number;
  more: boolean;
  status?: string | undefined;
  q?: string | undefined;
  done?: string | undefined;
}> = ({ operator, items, page, more, status, q, done }) => {
  const qs = (p: number) =>
    `/platform?${new URLSearchParams({ ...(status ? { status } : {}), ...(q ? { q } : {}), page: String(p) })}`;
  const statsAt = items.reduce<number | null>(
    (m, t) => (t.statsAt && (!m || t.statsAt < m) ? t.statsAt : m),
    null,
  );
  return (
    <>
      <ConsoleNav operator={operator} active="tenants" />
      <PageTitle
        title="Đơn vị trên nền tảng"
        subtitle="Đăng ký, trạng thái và nơi lưu dữ liệu của từng đơn vị"
      >
        <PostForm action="/platform/stats/refresh" class="form-inline">
          <Button kind="secondary">Tính lại số liệu</Button>
        </PostForm>
      </PageTitle>
      <Done message={done === "stats" ? "Đã tính lại số dòng và dung lượng của các đơn vị." : undefined} />
      <form method="get" action="/platform" class="form-inline filters">
        <Select
          label="Trạng thái"
          name="status"
          value={status ?? ""}
          options={[
            { value: "", label: "Tất cả (trừ đã xóa)" },
            ...Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label })),
          ]}
        />
        <div class="field">
          <label for="f-q">Tìm theo tên hoặc mã</label>
          <input id="f-q" name="q" value={q ?? ""} maxlength={60} />
        </div>
        <Button kind="secondary">Lọc</Button>
      </form>
      <DataTable
        items={items}
        empty="Không có đơn vị nào."
        columns={[
          "Đơn vị",
          "Trạng thái",
          "Cơ sở dữ liệu",
          numCol("Đảng viên"),
          numCol("Số dòng"),
          numCol("Dung lượng"),
          "Tạo ngày",
          "Hoạt động gần nhất",
        ]}
        class="stack"
        row={(t) => (
          <tr>
            <td data-label="Đơn vị">
              <a href={`/platform/tenants/${t.id}`}>{t.name}</a>
              <div class="meta">
                {t.slug} · {t.kind}
                {t.province ? ` · ${t.province}` : ""}
              </div>
            </td>
            <td data-label="Trạng thái">
              <StatusBadge status={t.status} />
              {t.readOnly && <div class="meta">chỉ đọc</div>}
            </td>
            <td data-label="Cơ sở dữ liệu">{t.binding}</td>
            <td class="num" data-label="Đảng viên">
              {t.members == null ? "—" : formatNumber(t.members)}
              {t.memberCap != null && <div class="meta">tối đa {formatNumber(t.memberCap)}</div>}
            </td>
            <td class="num" data-label="Số dòng">
              {t.rows == null ? "—" : formatNumber(t.rows)}
            </td>
            <td class="num" data-label="Dung lượng">
              {formatBytes(t.bytes)}
            </td>
            <td data-label="Tạo ngày">{formatDate(t.createdAt)}</td>
            <td data-label="Hoạt động gần nhất">{formatDateTime(t.lastActiveAt)}</td>
          </tr>
        )}
      />
      <p class="hint">
        Số dòng, dung lượng (ước tính theo độ dài dữ liệu) và hoạt động gần nhất được tính lúc{" "}
        {statsAt ? formatDateTime(statsAt) : "—"}; hệ thống tự tính lại mỗi ngày.
      </p>
      <p class="page-actions">
        {page > 1 && <LinkButton href={qs(page - 1)}>‹ Trang trước</LinkButton>}
        {more && <LinkButton href={qs(page + 1)}>Trang sau ›</LinkButton>}
      </p>
    </>
  );
};

export const AuditView: FC<{ operator: Op; items: AuditItem[]; next: number | null }> = ({
  operator,
  items,
  next,
}) => (
  <>
    <ConsoleNav operator={operator} active="audit" />
    <PageTitle
      title="Nhật ký thao tác"
      subtitle="Mọi thao tác của cán bộ vận hành và tác vụ nền, mới nhất trước"
    />
    <AuditTable items={items} />
    {next && (
      <p class="page-actions">
        <LinkButton href={`/platform/audit?before=${next}`}>Cũ hơn ›</LinkButton>
      </p>
    )}
  </>
);

export const AuditTable: FC<{ items: AuditItem[] }> = ({ items }) =>
  items.length === 0 ? (
    <Empty>Chưa có thao tác nào.</Empty>
  ) : (
    <Table columns={["Thời điểm", "Người thực hiện", "Thao tác", "Đơn vị", "Chi tiết"]} class="stack">
      {items.map((a) => (
        <tr>
          <td data-label="Thời điểm">{formatDateTime(a.at)}</td>
          <td data-label="Người thực hiện">{a.actorLabel}</td>
          <td data-label="Thao tác">{ACTION_LABEL[a.action] ?? a.action}</td>
          <td data-label="Đơn vị">
            {a.tenantId ? <a href={`/platform/tenants/${a.tenantId}`}>{a.tenantSlug ?? a.tenantId}</a> : "—"}
          </td>
          <td class="meta" data-label="Chi tiết">
            <Details detail={a.detail} />
          </td>
        </tr>
      ))}
    </Table>
  );
