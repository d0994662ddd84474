import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Hidden,
  LinkButton,
  PostForm,
  Table,
} from "../../../ui/components";
import { formatDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { SET_STATUS_LABEL } from "../criteria.inputs";
import type { Notice } from "../criteria.rules";
import type { SetView } from "../criteria-sets.service";
import { Area, DocFields, type Panel, docLine, panelFor } from "./parts";
import { SetItems } from "./set-items";

const DONE: Record<string, string> = {
  created: "Đã tạo khung tiêu chí (bản nháp).",
  saved: "Đã lưu thay đổi.",
  published: "Đã ban hành khung tiêu chí.",
  drafted: "Đã tạo bản nháp phiên bản mới.",
  discarded: "Đã hủy bản nháp.",
};

const ModeBanner: FC<{ view: SetView; base: string }> = ({ view, base }) => {
  const { draft, published } = view;
  const v = <Hidden name="version" value={view.set.version} />;
  const setUrl = `${base}/sets/${view.set.id}`;
  if (draft)
    return (
      <Alert kind="info">
        <p>
          Đang soạn <strong>bản nháp phiên bản {draft.number}</strong>. Đảng viên vẫn dùng{" "}
          {published ? `phiên bản ${published.number} đã ban hành` : "khung tiêu chí của cấp trên"} cho tới
          khi bản nháp được ban hành.
        </p>
        {view.canEdit && (
          <div class="form-inline">
            <PostForm action={`${setUrl}/publish`} class="form-inline">
              {v}
              <Button>Ban hành phiên bản {draft.number}</Button>
            </PostForm>
            <PostForm action={`${setUrl}/discard`} class="form-inline">
              {v}
              <Button kind="danger">Hủy bản nháp</Button>
            </PostForm>
          </div>
        )}
      </Alert>
    );
  const p = published!;
  if (p.locked)
    return (
      <Alert kind="warning">
        Phiên bản {p.number} đã được dùng trong kế hoạch của đảng viên nên được giữ nguyên. Thay đổi tiếp theo
        sẽ được lưu vào bản nháp phiên bản {p.number + 1}; các kế hoạch đã lập vẫn giữ phiên bản {p.number}.
      </Alert>
    );
  return (
    <Alert kind="info">
      <p>
        Phiên bản {p.number} đã ban hành và chưa được dùng trong kế hoạch nào: thay đổi có hiệu lực ngay. Muốn
        soạn và duyệt trước khi áp dụng, hãy tạo bản nháp.
      </p>
      {view.canEdit && (
        <PostForm action={`${setUrl}/drafts`} class="form-inline">
          {v}
          <Button kind="secondary">Soạn bản nháp phiên bản {p.number + 1}</Button>
        </PostForm>
      )}
    </Alert>
  );
};

const NOTICE_TEXT: Record<Notice["kind"], (n: Notice) => string> = {
  "parent-changed": (n) =>
    `Cấp trên đã sửa tiêu chí “${n.current?.title}” mà đơn vị đã ${n.rowKind === "hidden" ? "ẩn" : "cụ thể hóa"}.`,
  "parent-removed": (n) =>
    `Tiêu chí “${n.basis.title ?? n.title}” không còn trong khung của cấp trên; phần ${n.rowKind === "hidden" ? "ẩn" : "cụ thể hóa"} của đơn vị không còn hiệu lực.`,
  "now-core": (n) =>
    `Tiêu chí “${n.current?.title}” nay là tiêu chí cốt lõi của cấp trên; việc đơn vị ẩn tiêu chí này không còn hiệu lực.`,
};

const Notices: FC<{ view: SetView; base: string }> = ({ view, base }) => (
  <>
    {view.notices.map((n) => {
      const url = `${base}/sets/${view.set.id}/criteria/${n.key}`;
      return (
        <Alert kind="warning">
          <p>
            <strong>{NOTICE_TEXT[n.kind](n)}</strong>
          </p>
          {n.kind === "parent-changed" && (
            <dl class="kv">
              <dt>Khi đơn vị {n.rowKind === "hidden" ? "ẩn" : "cụ thể hóa"}</dt>
              <dd>{n.basis.body}</dd>
              <dt>Hiện nay</dt>
              <dd>{n.current?.body}</dd>
            </dl>
          )}
          {view.canEdit && (
            <div class="form-inline">
              {n.kind === "parent-changed" && (
                <PostForm action={`${url}/rebase`} class="form-inline">
                  <Hidden name="version" value={view.set.version} />
                  <Button kind="secondary">Đã xem, giữ nội dung của đơn vị</Button>
                </PostForm>
              )}
              <PostForm action={`${url}/restore`} class="form-inline">
                <Hidden name="version" value={view.set.version} />
                <Button kind="secondary">
                  {n.rowKind === "hidden" ? "Bỏ ẩn tiêu chí" : "Bỏ phần cụ thể hóa, dùng nội dung cấp trên"}
                </Button>
              </PostForm>
            </div>
          )}
        </Alert>
      );
    })}
  </>
);

const DocumentCard: FC<{ view: SetView; base: string; panel?: Panel | undefined }> = ({
  view,
  base,
  panel,
}) => {
  const w = view.working;
  const p = panelFor(panel, "header");
  const val = (k: "title" | "issuer" | "docNumber" | "docDate" | "basis") => p?.values[k] ?? w[k] ?? "";
  return (
    <Card title="Văn bản ban hành">
      <dl class="kv">
        <dt>Tên văn bản</dt>
        <dd>{w.title}</dd>
        <dt>Cơ quan ban hành</dt>
        <dd>{w.issuer}</dd>
        <dt>Số, ngày</dt>
        <dd>{docLine(w) || "—"}</dd>
        {w.basis && (
          <>
            <dt>Căn cứ</dt>
            <dd>{w.basis}</dd>
          </>
        )}
      </dl>
      {view.canEdit && (
        <details class="panel no-print" open={!!p}>
          <summary>Sửa thông tin văn bản</summary>
          <div>
            <PostForm action={`${base}/sets/${view.set.id}/header`}>
              <Hidden name="version" value={view.set.version} />
              <DocFields
                values={{
                  title: val("title"),
                  issuer: val("issuer"),
                  docNumber: val("docNumber"),
                  docDate: val("docDate"),
                }}
                errors={p?.errors ?? {}}
                required
              />
              <Area
                id="f-basis"
                label="Căn cứ"
                name="basis"
                value={val("basis")}
                error={p?.errors.basis}
                rows={3}
              />
              <Button>Lưu thông tin văn bản</Button>
            </PostForm>
          </div>
        </details>
      )}
    </Card>
  );
};

export const SetPage: FC<{
  ctx: Ctx;
  view: SetView;
  panel?: Panel | undefined;
  done?: string | undefined;
}> = ({ ctx, view, panel, done }) => {
  const base = `/t/${ctx.tenant.slug}/admin/criteria`;
  const { set, unit, working } = view;
  const generalError = panel?.message && !Object.keys(panel.errors).length ? panel.message : undefined;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `${base}?year=${set.year}`, label: `Khung tiêu chí năm ${set.year}` },
          { label: unit.name },
        ]}
      />
      <PageTitle title={`Khung tiêu chí năm ${set.year}`} subtitle={unit.name}>
        <Badge tone={working.status === "draft" ? "warn" : "good"}>
          {SET_STATUS_LABEL[working.status]} · phiên bản {working.number}
        </Badge>
        {view.published?.locked && <Badge>Đã dùng trong kế hoạch</Badge>}
      </PageTitle>
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {generalError && <Alert kind="error">{generalError}</Alert>}
      <ModeBanner view={view} base={base} />
      <Notices view={view} base={base} />
      <p class="form-inline no-print">
        {unit.depth > 0 && (
          <LinkButton href={`${base}/sets/${set.id}/compare`}>So sánh với cấp trên</LinkButton>
        )}
        <LinkButton href={`${base}/units/${unit.id}/focus?year=${set.year}`}>
          Nội dung trọng tâm năm {set.year}
        </LinkButton>
        <LinkButton href={`${base}/versions/${working.id}`}>Bản in phiên bản {working.number}</LinkButton>
      </p>
      <DocumentCard view={view} base={base} panel={panel} />
      <SetItems view={view} base={base} panel={panel} />
      <Card title="Các phiên bản">
        <Table columns={["Phiên bản", "Trạng thái", "Số, ngày văn bản", "Ban hành", "Kế hoạch"]}>
          {view.versions.map((v) => (
            <tr>
              <td>
                <a href={`${base}/versions/${v.id}`}>Phiên bản {v.number}</a>
              </td>
              <td>{SET_STATUS_LABEL[v.status]}</td>
              <td>{docLine(v) || "—"}</td>
              <td>{formatDate(v.publishedAt)}</td>
              <td>{v.locked ? "Đã dùng" : "Chưa dùng"}</td>
            </tr>
          ))}
        </Table>
      </Card>
    </>
  );
};
