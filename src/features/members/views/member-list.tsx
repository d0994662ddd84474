import { MEMBER_STATUSES } from "../../../domain/members";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Badge, Breadcrumbs, Card, DataTable, LinkButton } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { type ListMembersQuery, STATUS_LABEL } from "../members.inputs";
import type { MemberListPage } from "../members-list.service";
import type { MemberOut } from "../members.outputs";
import { GROUP_SHORT } from "../../../domain/groups";
import { ALL_POSITIONS, type MemberGroup, positionLabel } from "../members-positions.rules";

/** A query string from the non-empty values. */
export function qs(params: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const GroupBadge: FC<{ group: MemberGroup }> = ({ group }) => (
  <Badge tone={group === "exemplar" ? "accent" : "neutral"}>{GROUP_SHORT[group]}</Badge>
);

export const StatusBadge: FC<{ status: MemberOut["status"] }> = ({ status }) => (
  <Badge tone={status === "official" ? "good" : status === "probationary" ? "warn" : "bad"}>
    {STATUS_LABEL[status]}
  </Badge>
);

const SelectFilter: FC<{ label: string; name: string; value?: string; options: [string, string][] }> = (
  p,
) => (
  <div class="field">
    <label for={`f-${p.name}`}>{p.label}</label>
    <select id={`f-${p.name}`} name={p.name}>
      {p.options.map(([v, l]) => (
        <option value={v} selected={v === (p.value ?? "")}>
          {l}
        </option>
      ))}
    </select>
  </div>
);

export const MemberList: FC<{ ctx: Ctx; data: MemberListPage; query: ListMembersQuery }> = ({
  ctx,
  data,
  query,
}) => {
  const base = `/t/${ctx.tenant.slug}/members`;
  const { unit, trail, children, list } = data;
  const filters = {
    unitId: query.unitId,
    q: query.q,
    group: query.group,
    status: query.status,
    position: query.position,
  };
  const admin = ctx.actor.role === "admin";
  /** A select filter is named after its query parameter and shows that parameter's value. */
  const filter = (name: "group" | "status" | "position") => ({ name, value: query[name] });
  return (
    <>
      <Breadcrumbs
        items={[
          ...trail.map((t) => ({ href: `${base}${qs({ ...filters, unitId: t.id })}`, label: t.name })),
          { label: unit.name },
        ]}
      />
      <PageTitle
        title="Đảng viên"
        subtitle={`${unit.name} · ${list.totalIsLowerBound ? `hơn ${formatNumber(list.total - 1)}` : formatNumber(list.total)} đảng viên`}
      >
        <LinkButton href={`${base}/new${qs({ unitId: unit.id })}`} kind="primary">
          Thêm đảng viên
        </LinkButton>
        {admin && <LinkButton href={`${base}/import`}>Nhập từ Excel</LinkButton>}
        <LinkButton href={`${base}/accounts${qs({ unitId: unit.id })}`}>Tạo tài khoản</LinkButton>
      </PageTitle>
      {children.length > 0 && (
        <nav class="chips" aria-label="Đơn vị trực thuộc">
          {children.map((ch) => (
            <a class="chip" href={`${base}${qs({ ...filters, unitId: ch.id })}`}>
              {ch.name}
            </a>
          ))}
        </nav>
      )}
      <details class="panel" open={!!(query.q || query.group || query.status || query.position)}>
        <summary>Tìm kiếm và lọc</summary>
        <div>
          <form method="get" action={base} class="form-inline">
            {query.unitId && <input type="hidden" name="unitId" value={query.unitId} />}
            <div class="field">
              <label for="f-q">Họ tên hoặc số thẻ</label>
              <input
                id="f-q"
                name="q"
                type="search"
                value={query.q ?? ""}
                maxlength={200}
                placeholder="vd. nguyen van an"
              />
            </div>
            <SelectFilter
              label="Nhóm"
              {...filter("group")}
              options={[
                ["", "Tất cả"],
                ["exemplar", GROUP_SHORT.exemplar],
                ["follower", GROUP_SHORT.follower],
              ]}
            />
            <SelectFilter
              label="Trạng thái"
              {...filter("status")}
              options={[
                ["", "Đang sinh hoạt"],
                ["all", "Tất cả"],
                ...MEMBER_STATUSES.map((s): [string, string] => [s, STATUS_LABEL[s]]),
              ]}
            />
            <SelectFilter
              label="Chức vụ"
              {...filter("position")}
              options={[["", "Tất cả"], ...ALL_POSITIONS.map((p): [string, string] => [p.code, p.label])]}
            />
            <button type="submit" class="btn btn-secondary">
              Lọc
            </button>
          </form>
        </div>
      </details>
      <Card>
        <DataTable
          items={list.items}
          empty="Không có đảng viên nào phù hợp."
          columns={["Họ và tên", "Số thẻ", "Chi bộ", "Chức vụ", "Nhóm", "Trạng thái"]}
          class="stack"
          row={(m) => (
            <tr>
              <td data-label="Họ và tên">
                <a href={`${base}/${m.id}`}>{m.fullName}</a>
              </td>
              <td data-label="Số thẻ">{m.cardNumber}</td>
              <td data-label="Chi bộ">{m.unitName}</td>
              <td data-label="Chức vụ">
                {[...m.partyPositions, ...m.govPositions].map(positionLabel).join("; ") || "—"}
              </td>
              <td data-label="Nhóm">
                <GroupBadge group={m.group} />
              </td>
              <td data-label="Trạng thái">
                <StatusBadge status={m.status} />
              </td>
            </tr>
          )}
        />
        <p class="form-inline">
          {list.nextCursor && (
            <LinkButton href={`${base}${qs({ ...filters, cursor: list.nextCursor })}`}>Trang sau</LinkButton>
          )}
          {query.cursor && <LinkButton href={`${base}${qs(filters)}`}>Về đầu danh sách</LinkButton>}
          <a href={`${base}/export${qs({ ...filters, format: "xlsx" })}`}>Tải Excel (XLSX)</a>
          <a href={`${base}/export${qs({ ...filters, format: "csv" })}`}>Tải CSV</a>
        </p>
      </Card>
      <p class="hint">
        Xếp theo tên, rồi tên đệm, rồi họ. Đảng viên đã chuyển đi, từ trần hoặc xóa tên: chọn “Trạng thái”.
      </p>
    </>
  );
};
