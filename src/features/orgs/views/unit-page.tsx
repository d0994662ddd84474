import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Empty,
  Field,
  FormErrors,
  Hidden,
  PostForm,
  Select,
} from "../../../ui/components";
import { formatDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { UNIT_KINDS, UNIT_KIND_LABEL, UNIT_RANK, type UnitKind } from "../orgs.inputs";
import type { UnitView } from "../orgs.service";

export interface UnitPanel {
  form: "create" | "update" | "move" | "status" | "delete";
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string;
}

const DONE: Record<string, string> = {
  create: "Đã tạo đơn vị mới.",
  update: "Đã lưu thay đổi.",
  move: "Đã chuyển đơn vị.",
  status: "Đã cập nhật trạng thái đơn vị.",
  delete: "Đã xóa đơn vị.",
};

export const UnitPage: FC<{
  ctx: Ctx;
  view: UnitView;
  panel?: UnitPanel | undefined;
  done?: string | undefined;
}> = ({ ctx, view, panel, done }) => {
  const { unit, ancestors, children } = view;
  const base = `/t/${ctx.tenant.slug}/admin/units`;
  const admin = ctx.actor.role === "admin";
  const err = (form: UnitPanel["form"]) => (panel?.form === form ? panel : undefined);
  const childKinds = UNIT_KINDS.filter((k) => UNIT_RANK[k] > UNIT_RANK[unit.kind]);
  return (
    <>
      <Breadcrumbs
        items={[...ancestors.map((a) => ({ href: `${base}/${a.id}`, label: a.name })), { label: unit.name }]}
      />
      <PageTitle title={unit.name} subtitle={`${UNIT_KIND_LABEL[unit.kind]} · mã ${unit.code}`}>
        {unit.status === "retired" ? (
          <Badge tone="bad">Đã giải thể</Badge>
        ) : (
          <Badge tone="good">Đang hoạt động</Badge>
        )}
      </PageTitle>
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {panel && !Object.keys(panel.errors).length && panel.message && (
        <Alert kind="error">{panel.message}</Alert>
      )}

      <Card title={`Đơn vị trực thuộc (${children.length})`}>
        {children.length === 0 ? (
          <Empty>Chưa có đơn vị trực thuộc.</Empty>
        ) : (
          <ul class="list">
            {children.map((ch) => (
              <li>
                <span>
                  <a href={`${base}/${ch.id}`}>{ch.name}</a>
                  <br />
                  <span class="meta">
                    {UNIT_KIND_LABEL[ch.kind]} · mã {ch.code}
                  </span>
                </span>
                {ch.status === "retired" && <Badge tone="bad">Đã giải thể</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {admin && unit.status === "active" && childKinds.length > 0 && (
        <details class="panel" open={panel?.form === "create"}>
          <summary>Thêm đơn vị trực thuộc</summary>
          <div>
            <FormErrors errors={err("create")?.errors} />
            <PostForm action={`${base}/${unit.id}/children`}>
              <Select
                label="Loại đơn vị"
                name="kind"
                value={err("create")?.values.kind ?? childKinds[Math.min(1, childKinds.length - 1)]}
                options={childKinds.map((k: UnitKind) => ({ value: k, label: UNIT_KIND_LABEL[k] }))}
                error={err("create")?.errors.kind}
                required
              />
              <Field
                label="Tên đơn vị"
                name="name"
                value={err("create")?.values.name}
                error={err("create")?.errors.name}
                required
              />
              <Field
                label="Mã đơn vị"
                name="code"
                value={err("create")?.values.code}
                error={err("create")?.errors.code}
                hint="Mã duy nhất, không dấu, ví dụ TCT-CB1."
                required
              />
              <Button>Thêm đơn vị</Button>
            </PostForm>
          </div>
        </details>
      )}

      {admin && (
        <details class="panel" open={panel?.form === "update"}>
          <summary>Đổi tên hoặc mã</summary>
          <div>
            <FormErrors errors={err("update")?.errors} />
            <PostForm action={`${base}/${unit.id}/update`}>
              <Hidden name="version" value={unit.version} />
              <Field
                label="Tên đơn vị"
                name="name"
                value={err("update")?.values.name ?? unit.name}
                error={err("update")?.errors.name}
                required
              />
              <Field
                label="Mã đơn vị"
                name="code"
                value={err("update")?.values.code ?? unit.code}
                error={err("update")?.errors.code}
                required
              />
              <Button>Lưu</Button>
            </PostForm>
          </div>
        </details>
      )}

      {admin && unit.depth > 0 && (
        <details class="panel" open={panel?.form === "move"}>
          <summary>Chuyển sang đơn vị cấp trên khác</summary>
          <div>
            <FormErrors errors={err("move")?.errors} />
            <PostForm action={`${base}/${unit.id}/move`}>
              <Hidden name="version" value={unit.version} />
              <Field
                label="Mã đơn vị cấp trên mới"
                name="parentCode"
                value={err("move")?.values.parentCode}
                error={err("move")?.errors.parentCode ?? err("move")?.errors.parentId}
                required
              />
              <Button kind="secondary">Chuyển đơn vị</Button>
            </PostForm>
          </div>
        </details>
      )}

      {admin && unit.depth > 0 && (
        <details class="panel" open={panel?.form === "status" || panel?.form === "delete"}>
          <summary>Giải thể hoặc xóa</summary>
          <div>
            <p class="hint">
              Đơn vị còn đơn vị trực thuộc, tài khoản hoặc đảng viên thì chỉ có thể giải thể; lịch sử vẫn được
              giữ.
            </p>
            <div class="form-inline">
              <PostForm
                action={`${base}/${unit.id}/${unit.status === "active" ? "retire" : "restore"}`}
                class="form-inline"
              >
                <Hidden name="version" value={unit.version} />
                <Button kind="secondary">
                  {unit.status === "active" ? "Giải thể đơn vị" : "Khôi phục hoạt động"}
                </Button>
              </PostForm>
              <PostForm action={`${base}/${unit.id}/delete`} class="form-inline">
                <Hidden name="version" value={unit.version} />
                <Button kind="danger">Xóa đơn vị</Button>
              </PostForm>
            </div>
          </div>
        </details>
      )}
      <p class="hint">Cập nhật lần cuối: {formatDate(unit.updatedAt)}</p>
    </>
  );
};
