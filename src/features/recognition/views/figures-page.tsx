import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Breadcrumbs, Card, Field, numCol, Select, Table } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { LEVELS, LEVEL_LABEL } from "../commendations.inputs";
import { MODES, MODE_LABEL } from "../conferences.inputs";
import type { FiguresView } from "../recognition-figures.service";
import { FilterForm, qs, yearChoices } from "../../../ui/registry-views";

const n = (x: number) => formatNumber(x);

export const FiguresPage: FC<{ ctx: Ctx; view: FiguresView; year: number }> = ({ ctx, view, year }) => {
  const t = `/t/${ctx.tenant.slug}`;
  const u = view.unit;
  const list = (path: string, extra: Record<string, string> = {}) =>
    `${t}${path}${qs({ year, unitCode: u.code, ...extra })}`;
  return (
    <>
      <Breadcrumbs items={[{ href: `${t}/exemplars`, label: "Mô hình" }, { label: "Số liệu" }]} />
      <PageTitle
        title={`Số liệu mô hình, điển hình năm ${year}`}
        subtitle={`${u.name} (gồm các đơn vị trực thuộc)`}
      />
      <FilterForm action={`${t}/exemplars/figures`}>
        <Field label="Mã đơn vị" name="unitCode" value={u.code} maxlength={40} />
        <Select label="Năm" name="year" value={String(year)} options={yearChoices(ctx.now).slice(1)} />
      </FilterForm>
      <div class="grid grid-2">
        <Card title="Mô hình">
          <ul class="list">
            <li>
              <span>
                <a href={list("/exemplars", { status: "new" })}>Xây dựng mới</a>
              </span>
              <b>{n(u.models.new)}</b>
            </li>
            <li>
              <span>
                <a href={list("/exemplars", { status: "maintained" })}>Duy trì, nâng chất</a>
              </span>
              <b>{n(u.models.maintained)}</b>
            </li>
            <li>
              <span>
                <a href={list("/exemplars", { status: "replicated" })}>Nhân rộng</a>
              </span>
              <b>{n(u.models.replicated)}</b>
            </li>
            <li>
              <span>
                <a href={list("/exemplars")}>Tổng số mô hình đang thực hiện</a>
              </span>
              <b>{n(u.models.total)}</b>
            </li>
            <li>
              <span>
                <a href={list("/exemplars", { exemplary: "1" })}>Trong đó điển hình, tiêu biểu</a>
              </span>
              <b>{n(u.models.exemplary)}</b>
            </li>
            <li>
              <span>
                <a href={list("/exemplars", { status: "stopped" })}>Ngừng thực hiện</a>
              </span>
              <b>{n(u.models.stopped)}</b>
            </li>
          </ul>
        </Card>
        <Card title="Hội nghị, buổi học tập chuyên đề">
          <Table columns={["Hình thức", numCol("Số hội nghị"), numCol("Điểm cầu"), numCol("Lượt người")]}>
            {MODES.map((m) => (
              <tr>
                <td>
                  <a href={list("/conferences", { mode: m })}>{MODE_LABEL[m]}</a>
                </td>
                <td class="num">{n(u.conferences[m].count)}</td>
                <td class="num">{n(u.conferences[m].sites)}</td>
                <td class="num">{n(u.conferences[m].participants)}</td>
              </tr>
            ))}
            <tr>
              <th>Tổng</th>
              <th class="num">{n(u.conferences.total.count)}</th>
              <th class="num">{n(u.conferences.total.sites)}</th>
              <th class="num">{n(u.conferences.total.participants)}</th>
            </tr>
          </Table>
        </Card>
      </div>
      <Card title="Khen thưởng, biểu dương">
        <Table columns={["Cấp khen thưởng", numCol("Tập thể"), numCol("Cá nhân"), numCol("Tổng")]}>
          {LEVELS.map((l) => (
            <tr>
              <td>
                <a href={list("/commendations", { level: l })}>{LEVEL_LABEL[l]}</a>
              </td>
              <td class="num">{n(u.commendations[l].collective)}</td>
              <td class="num">{n(u.commendations[l].individual)}</td>
              <td class="num">{n(u.commendations[l].total)}</td>
            </tr>
          ))}
          <tr>
            <th>Tổng</th>
            <th class="num">{n(u.commendations.total.collective)}</th>
            <th class="num">{n(u.commendations.total.individual)}</th>
            <th class="num">{n(u.commendations.total.total)}</th>
          </tr>
        </Table>
      </Card>
      {view.children.length > 0 && (
        <Card title="Theo đơn vị trực thuộc">
          <Table
            columns={[
              "Đơn vị",
              numCol("Mới"),
              numCol("Duy trì"),
              numCol("Nhân rộng"),
              numCol("Tổng"),
              numCol("Điển hình"),
              numCol("Khen thưởng"),
              numCol("Hội nghị"),
              numCol("Lượt người"),
            ]}
          >
            {view.children.map((ch) => (
              <tr>
                <td>
                  <a href={`${t}/exemplars/figures${qs({ unitCode: ch.code, year })}`}>{ch.name}</a>
                </td>
                <td class="num">{n(ch.models.new)}</td>
                <td class="num">{n(ch.models.maintained)}</td>
                <td class="num">{n(ch.models.replicated)}</td>
                <td class="num">{n(ch.models.total)}</td>
                <td class="num">{n(ch.models.exemplary)}</td>
                <td class="num">{n(ch.commendations.total.total)}</td>
                <td class="num">{n(ch.conferences.total.count)}</td>
                <td class="num">{n(ch.conferences.total.participants)}</td>
              </tr>
            ))}
          </Table>
        </Card>
      )}
    </>
  );
};
