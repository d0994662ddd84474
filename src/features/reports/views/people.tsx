import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Breadcrumbs, Card, Empty, LinkButton, Table } from "../../../ui/components";
import { formatDateTime } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { SECTIONS } from "../reports-figures.rules";
import type { PeoplePage } from "../reports-people.service";
import { reportLinks } from "./common";
import { personStatusLabel } from "../reports-catalogue.rules";
import { GROUP_SHORT } from "./labels";

export const PeopleView: FC<{ ctx: Ctx; page: PeoplePage; first: boolean }> = ({ ctx, page, first }) => {
  const { unit, figure, group, year, items } = page;
  const links = reportLinks(ctx.tenant.slug, year);
  const groups = figure.grouped ? (["all", "exemplar", "follower"] as const) : (["all"] as const);
  return (
    <>
      <Breadcrumbs
        items={[{ href: links.unit(unit.id), label: `Báo cáo ${unit.name}` }, { label: figure.label }]}
      />
      <PageTitle title={figure.label} subtitle={`${unit.name} · năm ${year} · ${SECTIONS[figure.section]}`}>
        <LinkButton href={links.exportPeople(unit.id, figure.key, group, "xlsx")}>Tải Excel</LinkButton>
        <LinkButton href={links.exportPeople(unit.id, figure.key, group, "csv")}>Tải CSV</LinkButton>
      </PageTitle>
      <nav class="chips report-chips no-print" aria-label="Chọn nhóm">
        {groups.map((g) => (
          <a
            class="chip"
            href={links.people(unit.id, figure.key, g)}
            aria-current={g === group ? "page" : undefined}
          >
            {GROUP_SHORT[g]}
          </a>
        ))}
      </nav>
      <Card>
        {items.length === 0 ? (
          <Empty>
            {first ? "Không có đảng viên nào trong danh sách này." : "Không còn đảng viên nào ở trang này."}
          </Empty>
        ) : (
          <Table columns={["Họ và tên", "Số thẻ", "Nhóm", "Đơn vị", "Tình trạng", "Thời điểm"]} class="stack">
            {items.map((p) => (
              <tr>
                <td data-label="Họ và tên">{p.fullName}</td>
                <td data-label="Số thẻ">{p.cardNumber}</td>
                <td data-label="Nhóm">{GROUP_SHORT[p.group] ?? p.group}</td>
                <td data-label="Đơn vị">{p.unitName}</td>
                <td data-label="Tình trạng">
                  {personStatusLabel(figure, p.status)}
                  {p.late ? " · sau thời hạn" : ""}
                </td>
                <td data-label="Thời điểm">{p.at ? formatDateTime(p.at) : ""}</td>
              </tr>
            ))}
          </Table>
        )}
        <p class="form-inline no-print">
          {!first && <a href={links.people(unit.id, figure.key, group)}>« Trang đầu</a>}
          {page.nextCursor && (
            <a href={links.people(unit.id, figure.key, group, page.nextCursor)}>Trang sau »</a>
          )}
        </p>
      </Card>
    </>
  );
};
