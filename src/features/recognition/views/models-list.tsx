import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Field, LinkButton, Select } from "../../../ui/components";
import { PageTitle } from "../../../ui/layout";
import { FIELD_LABEL, KIND_LABEL, STATUS_LABEL } from "../models.inputs";
import type { ModelList } from "../models-read.service";
import { StatusBadge } from "./parts";
import { FilterForm, FilterSelect, ListCard } from "../../../ui/registry-views";

export const ModelsList: FC<{
  ctx: Ctx;
  list: ModelList;
  params: Record<string, string | undefined>;
  notice?: string | undefined;
  done?: string | undefined;
}> = ({ ctx, list, params, notice, done }) => {
  const base = `/t/${ctx.tenant.slug}/exemplars`;
  const manager = ctx.actor.role !== "member";
  return (
    <>
      <PageTitle
        title={manager ? "Mô hình, điển hình học tập và làm theo Bác" : "Mô hình của tôi"}
        subtitle={
          manager
            ? "Sổ theo dõi mô hình tập thể, cá nhân: xây dựng mới, duy trì nâng chất, nhân rộng"
            : "Các mô hình cá nhân của đồng chí"
        }
      >
        {manager && (
          <LinkButton href={`${base}/new`} kind="primary">
            Thêm mô hình
          </LinkButton>
        )}
        {manager && <LinkButton href={`${base}/import`}>Nhập từ tệp</LinkButton>}
        {manager && <LinkButton href={`${base}/figures`}>Số liệu</LinkButton>}
      </PageTitle>
      {done && <Alert kind="success">{done}</Alert>}
      {notice && <Alert kind="warning">{notice}</Alert>}
      {manager && (
        <FilterForm action={base} params={params} now={ctx.now}>
          <FilterSelect
            label="Tình trạng"
            name="status"
            params={params}
            labels={STATUS_LABEL}
            all="Mọi tình trạng"
          />
          <FilterSelect
            label="Loại"
            name="kind"
            params={params}
            labels={KIND_LABEL}
            all="Tập thể và cá nhân"
          />
          <FilterSelect
            label="Lĩnh vực"
            name="field"
            params={params}
            labels={FIELD_LABEL}
            all="Mọi lĩnh vực"
          />
          <Select
            label="Điển hình"
            name="exemplary"
            value={params.exemplary}
            options={[
              { value: "", label: "Tất cả" },
              { value: "1", label: "Chỉ mô hình điển hình" },
            ]}
          />
          <Field label="Tìm theo tên" name="q" value={params.q} maxlength={100} />
        </FilterForm>
      )}
      <ListCard
        base={base}
        params={params}
        empty="Chưa có mô hình nào phù hợp."
        title={params.year ? `Mô hình năm ${params.year}` : "Mô hình (tình trạng gần nhất)"}
        list={list}
        columns={["Tên mô hình", "Loại", "Đơn vị", "Lĩnh vực", "Tình trạng"]}
        row={(m) => (
          <>
            <td>
              <a href={`${base}/${m.id}`}>{m.title}</a>
              {m.current?.exemplary && (
                <>
                  {" "}
                  <Badge tone="accent">Điển hình</Badge>
                </>
              )}
            </td>
            <td>
              {KIND_LABEL[m.kind]}
              {m.memberName ? `: ${m.memberName}` : ""}
            </td>
            <td>{m.unitName}</td>
            <td>{FIELD_LABEL[m.field]}</td>
            <td>{m.current ? <StatusBadge status={m.current.status} year={m.current.year} /> : "—"}</td>
          </>
        )}
      />
    </>
  );
};
