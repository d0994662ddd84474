import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Button, Card, Empty, Hidden, PostForm } from "../../../ui/components";
import { ActionButton, PageHead, bindState } from "../../../ui/form-kit";
import { RecordAlerts } from "../../../ui/registry-views";
import type { FocusPageData } from "../criteria-focus.service";
import { FOCUS_KINDS, FOCUS_KIND_LABEL, FOCUS_MAX, FOCUS_MIN, type FocusKind } from "../criteria.inputs";
import { Area, FocusIssueList, Input, type Panel, panelFor } from "./parts";

const KindSelect: FC<{ id: string; value?: string | undefined }> = ({ id, value }) => (
  <div class="field">
    <label for={id}>Loại</label>
    <select id={id} name="kind">
      {FOCUS_KINDS.map((k: FocusKind) => (
        <option value={k} selected={value === k}>
          {FOCUS_KIND_LABEL[k]}
        </option>
      ))}
    </select>
  </div>
);

const DONE: Record<string, string> = {
  created: "Đã thêm nội dung.",
  saved: "Đã lưu thay đổi.",
  deleted: "Đã xóa nội dung.",
};

/** A unit's 3–4 focus issues of a year, beside those of the levels above. */
export const FocusPage: FC<{ ctx: Ctx; data: FocusPageData; panel?: Panel | undefined; done?: string }> = ({
  ctx,
  data,
  panel,
  done,
}) => {
  const base = `/t/${ctx.tenant.slug}/admin/criteria`;
  const own = data.issues.filter((i) => i.unitId === data.unit.id);
  const above = data.issues.filter((i) => i.unitId !== data.unit.id);
  const add = panelFor(panel, "add");
  return (
    <>
      <PageHead
        crumbs={[
          { href: `${base}?year=${data.year}`, label: `Khung tiêu chí năm ${data.year}` },
          { href: `${base}/units/${data.unit.id}?year=${data.year}`, label: data.unit.name },
          { label: "Nội dung trọng tâm" },
        ]}
        title={`Nội dung trọng tâm năm ${data.year}`}
        subtitle={data.unit.name}
      />
      <RecordAlerts done={done && DONE[done]} state={panel} />
      {data.theme && (
        <Card title="Chuyên đề">
          <dl class="kv">
            <dt>Chuyên đề toàn khóa</dt>
            <dd>{data.theme.termTheme}</dd>
            <dt>Chuyên đề năm {data.year}</dt>
            <dd>{data.theme.yearTheme}</dd>
          </dl>
        </Card>
      )}
      <Card title={`Của ${data.unit.name} (${own.length}/${FOCUS_MAX})`}>
        {own.length < FOCUS_MIN && (
          <p class="hint">
            Mỗi năm chọn từ {FOCUS_MIN} đến {FOCUS_MAX} nội dung trọng tâm, đột phá hoặc vấn đề bức xúc, nổi
            cộm để tập trung lãnh đạo, chỉ đạo giải quyết.
          </p>
        )}
        {own.length === 0 ? (
          <Empty>Chưa có nội dung nào.</Empty>
        ) : (
          <ol class="list">
            {own.map((i) => {
              const p = panelFor(panel, `update:${i.id}`);
              const f = bindState(p);
              return (
                <li>
                  <div>
                    <strong>{i.title}</strong>
                    {i.description && <p>{i.description}</p>}
                    <p class="meta">{FOCUS_KIND_LABEL[i.kind]}</p>
                    {data.canEdit && (
                      <details class="panel" open={!!p}>
                        <summary>Sửa</summary>
                        <div>
                          <PostForm action={`${base}/focus/${i.id}/update`}>
                            <Hidden name="version" value={i.version} />
                            <Hidden name="unitId" value={data.unit.id} />
                            <Hidden name="year" value={data.year} />
                            <KindSelect id={`f-${i.id}-kind`} value={p?.values.kind ?? i.kind} />
                            <Input
                              id={`f-${i.id}-title`}
                              label="Nội dung"
                              {...f("title", i.title)}
                              required
                            />
                            <Area
                              id={`f-${i.id}-description`}
                              label="Mô tả"
                              {...f("description", i.description ?? undefined)}
                              rows={3}
                            />
                            <Button>Lưu</Button>
                          </PostForm>
                        </div>
                      </details>
                    )}
                  </div>
                  {data.canEdit && (
                    <ActionButton
                      action={`${base}/focus/${i.id}/delete`}
                      version={i.version}
                      hidden={{ unitId: data.unit.id, year: data.year }}
                      kind="danger"
                    >
                      Xóa
                    </ActionButton>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {data.canEdit && own.length < FOCUS_MAX && (
          <details class="panel" open={!!add}>
            <summary>Thêm nội dung</summary>
            <div>
              <PostForm action={`${base}/units/${data.unit.id}/focus`}>
                <Hidden name="year" value={data.year} />
                <KindSelect id="f-add-kind" value={add?.values.kind} />
                <Input id="f-add-title" label="Nội dung" {...bindState(add)("title")} required />
                <Area id="f-add-description" label="Mô tả" {...bindState(add)("description")} rows={3} />
                <Button>Thêm</Button>
              </PostForm>
            </div>
          </details>
        )}
      </Card>
      {above.length > 0 && (
        <Card title="Của cấp trên">
          <FocusIssueList issues={above} />
        </Card>
      )}
    </>
  );
};
