import type { FC } from "hono/jsx";
import { raw } from "hono/html";
import type { Ctx } from "../../../platform/context";
import { Badge, Breadcrumbs, Card, Empty, LinkButton, numCol, Table } from "../../../ui/components";
import { formatIsoDate, formatNumber, formatPercent } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { UNIT_KIND_LABEL, type UnitKind } from "../../orgs";
import { FIGURES } from "../reports-catalogue.rules";
import { type FigureDef, type Figures, SECTIONS, type SectionKey } from "../reports-figures.rules";
import type { Dashboard } from "../reports-dashboard.service";
import { type Chart, evaluationChart, planStatusChart, registrationChart } from "./charts";
import { YearPicker, reportLinks } from "./common";

const nf = (n: number) => formatNumber(n, 0);

/** "Đạt" when group 2 never submitted ahead of group 1 (and someone registered). */
export function leadersVerdict(f: Figures): { text: string; tone: "good" | "bad" | "neutral" } {
  if ((f.registered?.all ?? 0) === 0) return { text: "Chưa có kế hoạch", tone: "neutral" };
  const late = f.leaders_late?.all ?? 0;
  return late > 0
    ? { text: `Chưa đạt (${nf(late)} trường hợp)`, tone: "bad" }
    : { text: "Đạt", tone: "good" };
}

const Stat: FC<{ label: string; value: string; note?: string }> = ({ label, value, note }) => (
  <div class="card stat">
    <span class="muted">{label}</span>
    <b>{value}</b>
    {note && <span class="meta">{note}</span>}
  </div>
);

const Num: FC<{ href: string | null; value: number }> = ({ href, value }) =>
  href && value > 0 ? <a href={href}>{nf(value)}</a> : <span>{nf(value)}</span>;

const FigureTable: FC<{
  section: SectionKey;
  f: Figures;
  people: (def: FigureDef, group: "exemplar" | "follower" | "all") => string | null;
}> = ({ section, f, people }) => {
  const defs = FIGURES.filter((d) => d.section === section && !(d.hideZero && (f[d.key]?.all ?? 0) === 0));
  return (
    <Table
      columns={["Chỉ tiêu", numCol("Nhóm 1"), numCol("Nhóm 2"), numCol("Tổng"), numCol("Tỷ lệ")]}
      class="figures"
    >
      {defs.map((d) => {
        const t = f[d.key]!;
        const of = d.of ? f[d.of] : undefined;
        return (
          <tr>
            <td data-label="Chỉ tiêu">{d.label}</td>
            <td class="num" data-label="Nhóm 1">
              {d.grouped ? <Num href={people(d, "exemplar")} value={t.exemplar} /> : "—"}
            </td>
            <td class="num" data-label="Nhóm 2">
              {d.grouped ? <Num href={people(d, "follower")} value={t.follower} /> : "—"}
            </td>
            <td class="num" data-label="Tổng">
              <Num href={people(d, "all")} value={t.all} />
            </td>
            <td class="num" data-label="Tỷ lệ">
              {of ? formatPercent(t.all, of.all) : ""}
            </td>
          </tr>
        );
      })}
    </Table>
  );
};

export const DashboardPage: FC<{ ctx: Ctx; dash: Dashboard }> = ({ ctx, dash }) => {
  const { view, documents } = dash;
  const { unit, figures: f, year } = view;
  const links = reportLinks(ctx.tenant.slug, year);
  const scope = ctx.actor.role === "admin" ? "/" : (ctx.actor.unitPath ?? "\u0000");
  const people = (id: string) => (d: FigureDef, g: "exemplar" | "follower" | "all") =>
    d.people ? links.people(id, d.key, g) : null;
  const verdict = leadersVerdict(f);
  const charts = [planStatusChart(view), registrationChart(view), evaluationChart(view)].filter(
    (x): x is Chart => !!x,
  );
  return (
    <>
      <Breadcrumbs
        items={[
          ...view.ancestors.map((a) =>
            a.path && unit.path.startsWith(a.path) && a.path.startsWith(scope)
              ? { href: links.unit(a.id), label: a.name }
              : { label: a.name },
          ),
          { label: unit.name },
        ]}
      />
      <PageTitle
        title={`Báo cáo năm ${year}`}
        subtitle={`${unit.name} · ${UNIT_KIND_LABEL[unit.kind as UnitKind] ?? unit.kind}`}
      >
        <LinkButton href={links.exportFigures(unit.id, "xlsx")}>Tải Excel</LinkButton>
        <LinkButton href={links.exportFigures(unit.id, "csv")}>Tải CSV</LinkButton>
        <LinkButton href={links.documents(unit.id)} kind="primary">
          Báo cáo theo mẫu
        </LinkButton>
      </PageTitle>
      <YearPicker action={links.unit(unit.id).split("?")[0]!} year={year} />

      <div class="grid grid-3 report-stats">
        <Stat
          label="Đảng viên"
          value={nf(f.members!.all)}
          note={`Nhóm 1: ${nf(f.members!.exemplar)} · Nhóm 2: ${nf(f.members!.follower)}`}
        />
        <Stat
          label="Đã đăng ký, nộp kế hoạch"
          value={formatPercent(f.registered!.all, f.members!.all)}
          note={`${nf(f.registered!.all)}/${nf(f.members!.all)} đảng viên`}
        />
        <Stat
          label="Được chi bộ xác nhận"
          value={formatPercent(f.confirmed!.all, f.members!.all)}
          note={`${nf(f.confirmed!.all)}/${nf(f.members!.all)} đảng viên`}
        />
        <Stat label="Trên trước, dưới sau" value={verdict.text} />
        <Stat
          label="Sổ tay đủ số lần"
          value={formatPercent(f.notebook_compliant!.all, f.members!.all)}
          note={`${nf(f.notebook_compliant!.all)} đảng viên`}
        />
        <Stat
          label="Mô hình, điển hình"
          value={nf(f.models_total!.all)}
          note={`${nf(f.models_exemplary!.all)} mô hình tiêu biểu`}
        />
      </div>

      {charts.length > 0 && (
        <Card title="Biểu đồ">
          <div class="charts">
            {charts.map((ch) => (
              <figure class="chart-box">
                <figcaption>{ch.title}</figcaption>
                {raw(ch.svg)}
              </figure>
            ))}
          </div>
        </Card>
      )}

      {(Object.keys(SECTIONS) as SectionKey[]).map((s) => (
        <Card title={SECTIONS[s]}>
          <FigureTable section={s} f={f} people={people(unit.id)} />
        </Card>
      ))}

      <Card title={`Theo đơn vị trực thuộc (${view.children.length})`}>
        {view.children.length === 0 ? (
          <Empty>Đơn vị không có tổ chức đảng trực thuộc.</Empty>
        ) : (
          <Table
            columns={[
              "Đơn vị",
              numCol("Đảng viên"),
              numCol("Đã đăng ký"),
              numCol("Đã xác nhận"),
              numCol("Sổ tay đủ"),
              "Trên trước, dưới sau",
              numCol("Mô hình"),
            ]}
            class="stack"
          >
            {view.children.map(({ unit: c, figures: cf }) => {
              const v = leadersVerdict(cf);
              const m = cf.members!.all;
              return (
                <tr>
                  <td data-label="Đơn vị">
                    <a href={links.unit(c.id)}>{c.name}</a>{" "}
                    {c.status === "retired" && <Badge tone="bad">Đã giải thể</Badge>}
                  </td>
                  <td class="num" data-label="Đảng viên">
                    <Num href={links.people(c.id, "members", "all")} value={m} />
                  </td>
                  <td class="num" data-label="Đã đăng ký">
                    <Num href={links.people(c.id, "registered", "all")} value={cf.registered!.all} /> (
                    {formatPercent(cf.registered!.all, m)})
                  </td>
                  <td class="num" data-label="Đã xác nhận">
                    <Num href={links.people(c.id, "confirmed", "all")} value={cf.confirmed!.all} /> (
                    {formatPercent(cf.confirmed!.all, m)})
                  </td>
                  <td class="num" data-label="Sổ tay đủ">
                    {formatPercent(cf.notebook_compliant!.all, m)}
                  </td>
                  <td data-label="Trên trước, dưới sau">
                    <Badge tone={v.tone}>{v.text}</Badge>
                  </td>
                  <td class="num" data-label="Mô hình">
                    {nf(cf.models_total!.all)}
                  </td>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>

      <Card title={`Báo cáo theo mẫu đã lập năm ${year}`}>
        {documents.length === 0 ? (
          <Empty>Chưa lập báo cáo nào cho năm này.</Empty>
        ) : (
          <ul class="list">
            {documents.map((d) => (
              <li>
                <span>
                  <a href={links.document(d.id)}>Số {d.number}</a>
                  <br />
                  <span class="meta">
                    Ngày {formatIsoDate(d.docDate)} · {d.signerName}
                  </span>
                </span>
                <a href={links.print(d.id)}>Bản in</a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
};
