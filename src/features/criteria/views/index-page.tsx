import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Card, DataTable, Empty, Hidden, LinkButton } from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { CriteriaIndex } from "../criteria-index.service";
import { CRITERIA_TEMPLATES } from "../criteria-templates.rules";
import { Area, Input, type Panel, PanelForm, YearPicker, panelFor } from "./parts";
import { bindState } from "../../../ui/form-kit";

const ThemeCard: FC<{ ctx: Ctx; data: CriteriaIndex; base: string; panel?: Panel | undefined }> = ({
  ctx,
  data,
  base,
  panel,
}) => {
  const t = data.theme;
  const p = panelFor(panel, "theme");
  const f = bindState(p);
  return (
    <Card title={`Chuyên đề năm ${data.year}`}>
      {t ? (
        <dl class="kv">
          <dt>Chuyên đề toàn khóa</dt>
          <dd>{t.termTheme}</dd>
          <dt>Chuyên đề năm</dt>
          <dd>{t.yearTheme}</dd>
          {t.note && (
            <>
              <dt>Ghi chú</dt>
              <dd>{t.note}</dd>
            </>
          )}
        </dl>
      ) : (
        <Empty>Chưa ghi nhận chuyên đề của năm {data.year}.</Empty>
      )}
      {ctx.actor.role === "admin" && (
        <PanelForm
          title={t ? "Sửa chuyên đề" : "Ghi nhận chuyên đề"}
          state={p}
          action={`${base}/theme`}
          submit="Lưu chuyên đề"
        >
          <Hidden name="year" value={data.year} />
          {t && <Hidden name="version" value={t.version} />}
          <Area
            id="f-termTheme"
            label="Chuyên đề toàn khóa"
            {...f("termTheme", t?.termTheme)}
            rows={2}
            required
          />
          <Area
            id="f-yearTheme"
            label={`Chuyên đề năm ${data.year}`}
            {...f("yearTheme", t?.yearTheme)}
            rows={2}
            required
          />
          <Area id="f-note" label="Ghi chú" {...f("note", t?.note ?? undefined)} rows={2} />
        </PanelForm>
      )}
    </Card>
  );
};

/** The year's overview: themes, the actor's unit, the template library and every set in scope. */
export const IndexPage: FC<{
  ctx: Ctx;
  data: CriteriaIndex;
  panel?: Panel | undefined;
  done?: string | undefined;
}> = ({ ctx, data, panel, done }) => {
  const base = `/t/${ctx.tenant.slug}/admin/criteria`;
  const find = panelFor(panel, "find");
  return (
    <>
      <PageTitle title="Khung tiêu chí" subtitle={`Năm ${data.year}`} />
      {done === "theme" && <Alert kind="success">Đã lưu chuyên đề năm {data.year}.</Alert>}
      <YearPicker action={base} year={data.year} />
      <div class="grid grid-2">
        <Card title="Đơn vị của đồng chí">
          {data.home ? (
            <>
              <p>{data.home.name}</p>
              <p class="form-inline">
                <LinkButton kind="primary" href={`${base}/units/${data.home.id}?year=${data.year}`}>
                  Khung tiêu chí năm {data.year}
                </LinkButton>
                <LinkButton href={`${base}/units/${data.home.id}/focus?year=${data.year}`}>
                  Nội dung trọng tâm
                </LinkButton>
              </p>
            </>
          ) : (
            <Empty>Tài khoản chưa gắn với đơn vị nào.</Empty>
          )}
          <form method="get" action={`${base}/find`} class="form-inline">
            <input type="hidden" name="year" value={String(data.year)} />
            <Input id="f-code" label="Mở khung của đơn vị theo mã" {...bindState(find)("code")} />
            <button type="submit" class="btn btn-secondary">
              Mở
            </button>
          </form>
        </Card>
        <ThemeCard ctx={ctx} data={data} base={base} panel={panel} />
      </div>
      <Card title="Thư viện khung tiêu chí mẫu">
        <ul class="list">
          {CRITERIA_TEMPLATES.map((t) => (
            <li>
              <span>
                <strong>{t.name}</strong>
                <br />
                <span class="meta">
                  {t.issuer} · số {t.docNumber}, ngày {formatIsoDate(t.docDate)} ·{" "}
                  {t.criteria.filter((c) => c.group === "exemplar").length} tiêu chí nhóm 1,{" "}
                  {t.criteria.filter((c) => c.group === "follower").length} tiêu chí nhóm 2
                </span>
              </span>
            </li>
          ))}
        </ul>
        <p class="hint">
          Mẫu được áp dụng cho khung tiêu chí của đơn vị cấp cao nhất (mở khung của đơn vị đó theo năm rồi
          chọn “Áp dụng mẫu”); sau đó có thể sửa, bổ sung trước khi ban hành.
        </p>
      </Card>
      <Card title={`Các khung tiêu chí năm ${data.year}`}>
        <DataTable
          items={data.sets}
          empty={`Chưa có đơn vị nào lập khung tiêu chí năm ${data.year}.`}
          columns={["Đơn vị", "Đang áp dụng", "Bản nháp"]}
          row={(s) => (
            <tr>
              <td>
                <a href={`${base}/sets/${s.id}`}>{s.unitName}</a>
              </td>
              <td>
                {s.published ? (
                  <>
                    Phiên bản {s.published.number}
                    {s.published.docNumber ? ` · ${s.published.docNumber}` : ""}{" "}
                    {s.published.locked && <Badge>Đã dùng</Badge>}
                  </>
                ) : (
                  <span class="muted">Chưa ban hành</span>
                )}
              </td>
              <td>{s.draft ? <Badge tone="warn">Phiên bản {s.draft.number}</Badge> : "—"}</td>
            </tr>
          )}
        />
        {data.nextCursor && (
          <p>
            <a href={`${base}?year=${data.year}&cursor=${encodeURIComponent(data.nextCursor)}`}>Trang sau</a>
          </p>
        )}
      </Card>
    </>
  );
};
