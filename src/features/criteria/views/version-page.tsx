import { GROUPS, GROUP_MOTTO } from "../../../domain";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Badge, Breadcrumbs, Card, Empty, LinkButton } from "../../../ui/components";
import { formatDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { SET_STATUS_LABEL } from "../criteria.inputs";
import type { CriterionRow } from "../criteria.rules";
import type { VersionOut } from "../criteria-sets.service";
import { docLine } from "./parts";

const KIND: Record<CriterionRow["kind"], string> = {
  added: "Tiêu chí của đơn vị",
  concretised: "Cụ thể hóa tiêu chí cấp trên",
  hidden: "Ẩn tiêu chí cấp trên",
};

/** One stored version exactly as written (its own rows, not the folded set): printable. */
export const VersionPage: FC<{
  ctx: Ctx;
  data: { version: VersionOut; unit: { id: string; name: string }; rows: CriterionRow[] };
}> = ({ ctx, data }) => {
  const { version: v, unit, rows } = data;
  const base = `/t/${ctx.tenant.slug}/admin/criteria`;
  const manager = ctx.actor.role !== "member";
  return (
    <>
      {manager && (
        <Breadcrumbs
          items={[
            { href: `${base}?year=${v.year}`, label: `Khung tiêu chí năm ${v.year}` },
            { href: `${base}/sets/${v.setId}`, label: unit.name },
            { label: `Phiên bản ${v.number}` },
          ]}
        />
      )}
      <PageTitle title={v.title} subtitle={`${v.issuer}${docLine(v) ? ` · ${docLine(v)}` : ""}`}>
        <Badge>
          {SET_STATUS_LABEL[v.status]} · phiên bản {v.number}
        </Badge>
        <LinkButton href={`${base}/versions/${v.id}?print=1`}>Bản in</LinkButton>
      </PageTitle>
      <p class="muted">
        {unit.name} · năm {v.year}
        {v.publishedAt ? ` · ban hành ${formatDate(v.publishedAt)}` : ""}
        {v.locked ? " · đã dùng trong kế hoạch" : ""}
      </p>
      {v.basis && <p>{v.basis}</p>}
      {GROUPS.map((g) => {
        const items = rows.filter((r) => r.group === g);
        return (
          <Card title={GROUP_MOTTO[g]}>
            {items.length === 0 ? (
              <Empty>
                Phiên bản này không có nội dung riêng cho nhóm này (dùng nguyên khung của cấp trên).
              </Empty>
            ) : (
              <ul class="list">
                {items.map((r) => (
                  <li>
                    <div>
                      <strong>{r.title}</strong>
                      {r.kind !== "hidden" && <p>{r.body}</p>}
                      <p class="meta">
                        {KIND[r.kind]}
                        {r.isCore ? " · cốt lõi" : ""}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        );
      })}
    </>
  );
};
