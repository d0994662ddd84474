import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Button, Card, Empty, LinkButton } from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { FilterForm, FilterSelect, ListCard } from "../../../ui/registry-views";
import * as L from "../commendations.inputs";

type List = { items: L.CommendationOut[]; nextCursor: string | null };

/** The form the list's checkboxes belong to (by their `form` attribute: the table is not inside it). */
const PICK = "decision-pick";
const decisionHref = (base: string, n: string, date: string) =>
  `${base}/decision?${new URLSearchParams({ decisionNumber: n, decisionDate: date })}`;

/** A member's or a model's commendations: the card other features (member record, evaluation) render. */
export const CommendationsCard: FC<{ items: L.CommendationOut[]; title?: string }> = ({ items, title }) => (
  <Card title={title ?? `Khen thưởng (${items.length})`}>
    {items.length === 0 ? (
      <Empty>Chưa có khen thưởng.</Empty>
    ) : (
      <ul class="list">
        {items.map((c) => (
          <li>
            <span>
              {L.FORM_LABEL[c.form]} của {c.issuer} ({L.LEVEL_LABEL[c.level]}), năm {c.year}
              <br />
              <span class="meta">
                {c.decisionNumber ? `Quyết định số ${c.decisionNumber}` : "Không số quyết định"}
                {c.decisionDate ? ` ngày ${formatIsoDate(c.decisionDate)}` : ""}
                {c.content ? ` · ${c.content}` : ""}
              </span>
            </span>
          </li>
        ))}
      </ul>
    )}
  </Card>
);

export const CommendationsList: FC<{
  ctx: Ctx;
  list: List;
  params: Record<string, string | undefined>;
  notice?: string | undefined;
}> = ({ ctx, list, params, notice }) => {
  const base = `/t/${ctx.tenant.slug}/commendations`;
  const manager = ctx.actor.role !== "member";
  return (
    <>
      <PageTitle
        title={manager ? "Khen thưởng, biểu dương" : "Khen thưởng của tôi"}
        subtitle="Khen thưởng mô hình, đảng viên và tổ chức đảng theo cấp và hình thức"
      >
        {manager && (
          <LinkButton href={`${base}/new`} kind="primary">
            Ghi khen thưởng
          </LinkButton>
        )}
        {manager && (
          <LinkButton href={`/t/${ctx.tenant.slug}/exemplars/import?kind=commendations`}>
            Nhập từ tệp
          </LinkButton>
        )}
      </PageTitle>
      {notice && <Alert kind="warning">{notice}</Alert>}
      {manager && (
        <FilterForm action={base} params={params} now={ctx.now}>
          <FilterSelect label="Cấp" name="level" params={params} labels={L.LEVEL_LABEL} all="Mọi cấp" />
          <FilterSelect
            label="Hình thức"
            name="form"
            params={params}
            labels={L.FORM_LABEL}
            all="Mọi hình thức"
          />
          <FilterSelect
            label="Tập thể/cá nhân"
            name="subjectKind"
            params={params}
            labels={L.SUBJECT_KIND_LABEL}
            all="Cả hai"
          />
          <FilterSelect
            label="Đối tượng"
            name="subjectType"
            params={params}
            labels={L.SUBJECT_TYPE_LABEL}
            all="Mọi đối tượng"
          />
        </FilterForm>
      )}
      <ListCard
        base={base}
        params={params}
        empty="Chưa có khen thưởng nào phù hợp."
        list={list}
        columns={[
          ...(manager ? ["Chọn"] : []),
          "Năm",
          "Đối tượng",
          "Cấp",
          "Hình thức",
          "Quyết định",
          "Cơ quan",
        ]}
        row={(c) => (
          <>
            {manager && (
              <td>
                <input
                  type="checkbox"
                  name="ids"
                  value={c.id}
                  form={PICK}
                  class="check"
                  aria-label={`Chọn ${c.subjectName}`}
                />
              </td>
            )}
            <td>{c.year}</td>
            <td>
              <a href={`${base}/${c.id}`}>{c.subjectName}</a>
              <br />
              <span class="meta">
                {L.SUBJECT_TYPE_LABEL[c.subjectType]} · {L.SUBJECT_KIND_LABEL[c.subjectKind]} · {c.unitName}
              </span>
            </td>
            <td>{L.LEVEL_LABEL[c.level]}</td>
            <td>{L.FORM_LABEL[c.form]}</td>
            <td>
              {manager && c.decisionNumber && c.decisionDate ? (
                <a
                  href={decisionHref(base, c.decisionNumber, c.decisionDate)}
                  title="Lập quyết định, giấy khen"
                >
                  {c.decisionNumber}
                </a>
              ) : (
                c.decisionNumber || "—"
              )}
              {c.decisionDate ? `, ${formatIsoDate(c.decisionDate)}` : ""}
            </td>
            <td>{c.issuer}</td>
          </>
        )}
      />
      {manager && list.items.length > 0 && (
        <form id={PICK} method="get" action={`${base}/decision`} class="form-inline">
          <Button kind="secondary">Lập quyết định, giấy khen</Button>
          <span class="meta">Chọn các khen thưởng của cùng một quyết định, hoặc bấm vào số quyết định.</span>
        </form>
      )}
    </>
  );
};
