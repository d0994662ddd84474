import type { SetComparison } from "../criteria-sets.service";
import { GROUPS, GROUP_MOTTO } from "../../../domain";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Badge, Breadcrumbs, Card, DataTable } from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";

import type { DiffMark, EffectiveCriterion } from "../criteria.rules";

const MARK: Record<DiffMark, { label: string; tone: "neutral" | "good" | "warn" | "bad" | "accent" }> = {
  same: { label: "Giữ nguyên", tone: "neutral" },
  concretised: { label: "Cụ thể hóa", tone: "accent" },
  added: { label: "Bổ sung", tone: "good" },
  hidden: { label: "Đã ẩn", tone: "bad" },
  absent: { label: "—", tone: "neutral" },
};

const Cell: FC<{ c: EffectiveCriterion | null }> = ({ c }) =>
  c ? (
    <td>
      <strong>
        {c.number}. {c.title}
      </strong>
      <br />
      {c.body}
    </td>
  ) : (
    <td class="muted">—</td>
  );

/** Three columns (root framework, parent, this unit) and what changed, criterion by criterion. */
export const ComparePage: FC<{ ctx: Ctx; cmp: SetComparison }> = ({ ctx, cmp }) => {
  const base = `/t/${ctx.tenant.slug}/admin/criteria`;
  const draft = cmp.view.working.status === "draft";
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `${base}?year=${cmp.year}`, label: `Khung tiêu chí năm ${cmp.year}` },
          { href: `${base}/sets/${cmp.setId}`, label: cmp.unit.name },
          { label: "So sánh" },
        ]}
      />
      <PageTitle
        title="So sánh với cấp trên"
        subtitle={`${cmp.unit.name} · năm ${cmp.year}${draft ? " · theo bản nháp đang soạn" : ""}`}
      />
      {GROUPS.map((g) => {
        const rows = cmp.rows.filter((r) => r.group === g);
        return (
          <Card title={GROUP_MOTTO[g]}>
            <DataTable
              items={rows}
              empty="Không có tiêu chí nào."
              scrollHint="Bảng so sánh có năm cột: trên điện thoại, vuốt ngang để xem đủ."
              columns={[
                `Khung chung${cmp.rootName ? ` (${cmp.rootName})` : ""}`,
                `Cấp trên${cmp.parentName ? ` (${cmp.parentName})` : ""}`,
                cmp.unit.name,
                "So với cấp trên",
                "So với khung chung",
              ]}
              row={(r) => (
                <tr>
                  <Cell c={r.root} />
                  <Cell c={r.parent} />
                  <Cell c={r.unit} />
                  <td>
                    <Badge tone={MARK[r.vsParent].tone}>{MARK[r.vsParent].label}</Badge>
                  </td>
                  <td>
                    <Badge tone={MARK[r.vsRoot].tone}>{MARK[r.vsRoot].label}</Badge>
                  </td>
                </tr>
              )}
            />
          </Card>
        );
      })}
    </>
  );
};
