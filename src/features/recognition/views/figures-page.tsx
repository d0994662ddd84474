import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Breadcrumbs, Card, Field, type ListColumn, numCol, Select, Table } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { LEVELS, LEVEL_LABEL } from "../commendations.inputs";
import { MODES, MODE_LABEL } from "../conferences.inputs";
import type { FiguresView } from "../recognition-figures.service";
import { FilterForm, qs, yearChoices } from "../../../ui/registry-views";

const n = (x: number) => formatNumber(x);

/** Figures in a row, right-aligned: data cells, or header cells for the total row. */
const Nums: FC<{ values: number[]; head?: boolean }> = ({ values, head }) => (
  <>{values.map((x) => (head ? <th class="num">{n(x)}</th> : <td class="num">{n(x)}</td>))}</>
);

/** Figures by a breakdown (mode, level): a row each, linked to its list, then the total row. */
const BreakdownTable: FC<{
  columns: ListColumn[];
  rows: { href: string; label: string; values: number[] }[];
  total: number[];
}> = ({ columns, rows, total }) => (
  <Table columns={columns}>
    {rows.map((r) => (
      <tr>
        <td>
          <a href={r.href}>{r.label}</a>
        </td>
        <Nums values={r.values} />
      </tr>
    ))}
    <tr>
      <th>Tổng</th>
      <Nums values={total} head />
    </tr>
  </Table>
);

type Unit = FiguresView["unit"];
const conferenceFigures = (c: Unit["conferences"]["total"]) => [c.count, c.sites, c.participants];
const commendationFigures = (c: Unit["commendations"]["total"]) => [c.collective, c.individual, c.total];

/** The lines of the models card: label, the list's filter, the figure. */
const MODEL_LINES: [string, Record<string, string>, keyof Unit["models"]][] = [
  ["Xây dựng mới", { status: "new" }, "new"],
  ["Duy trì, nâng chất", { status: "maintained" }, "maintained"],
  ["Nhân rộng", { status: "replicated" }, "replicated"],
  ["Tổng số mô hình đang thực hiện", {}, "total"],
  ["Trong đó điển hình, tiêu biểu", { exemplary: "1" }, "exemplary"],
  ["Ngừng thực hiện", { status: "stopped" }, "stopped"],
];

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
            {MODEL_LINES.map(([label, query, key]) => (
              <li>
                <span>
                  <a href={list("/exemplars", query)}>{label}</a>
                </span>
                <b>{n(u.models[key])}</b>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Hội nghị, buổi học tập chuyên đề">
          <BreakdownTable
            columns={["Hình thức", numCol("Số hội nghị"), numCol("Điểm cầu"), numCol("Lượt người")]}
            rows={MODES.map((m) => ({
              href: list("/conferences", { mode: m }),
              label: MODE_LABEL[m],
              values: conferenceFigures(u.conferences[m]),
            }))}
            total={conferenceFigures(u.conferences.total)}
          />
        </Card>
      </div>
      <Card title="Khen thưởng, biểu dương">
        <BreakdownTable
          columns={["Cấp khen thưởng", numCol("Tập thể"), numCol("Cá nhân"), numCol("Tổng")]}
          rows={LEVELS.map((l) => ({
            href: list("/commendations", { level: l }),
            label: LEVEL_LABEL[l],
            values: commendationFigures(u.commendations[l]),
          }))}
          total={commendationFigures(u.commendations.total)}
        />
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
                <Nums
                  values={[
                    ...(["new", "maintained", "replicated", "total", "exemplary"] as const).map(
                      (k) => ch.models[k],
                    ),
                    ch.commendations.total.total,
                    ch.conferences.total.count,
                    ch.conferences.total.participants,
                  ]}
                />
              </tr>
            ))}
          </Table>
        </Card>
      )}
    </>
  );
};
