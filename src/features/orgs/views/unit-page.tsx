import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Badge, Card, Empty, Field, Select } from "../../../ui/components";
import { ActionButton, FormBody, FormPanel, PageHead, bindState, panelOf } from "../../../ui/form-kit";
import { formatDate } from "../../../ui/format";
import { RecordAlerts } from "../../../ui/registry-views";
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
  const err = (form: UnitPanel["form"]) => panelOf(panel, form);
  const cr = bindState(err("create"));
  const up = bindState(err("update"));
  const childKinds = UNIT_KINDS.filter((k) => UNIT_RANK[k] > UNIT_RANK[unit.kind]);
  return (
    <>
      <PageHead
        crumbs={[...ancestors.map((a) => ({ href: `${base}/${a.id}`, label: a.name })), { label: unit.name }]}
        title={unit.name}
        subtitle={`${UNIT_KIND_LABEL[unit.kind]} · mã ${unit.code}`}
      >
        {unit.status === "retired" ? (
          <Badge tone="bad">Đã giải thể</Badge>
        ) : (
          <Badge tone="good">Đang hoạt động</Badge>
        )}
      </PageHead>
      <RecordAlerts done={done && DONE[done]} state={panel} />

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
        <FormPanel
          title="Thêm đơn vị trực thuộc"
          action={`${base}/${unit.id}/children`}
          state={err("create")}
          submit="Thêm đơn vị"
        >
          <Select
            label="Loại đơn vị"
            {...cr("kind", childKinds[Math.min(1, childKinds.length - 1)])}
            options={childKinds.map((k: UnitKind) => ({ value: k, label: UNIT_KIND_LABEL[k] }))}
            required
          />
          <Field label="Tên đơn vị" {...cr("name")} required />
          <Field label="Mã đơn vị" {...cr("code")} hint="Mã duy nhất, không dấu, ví dụ TCT-CB1." required />
        </FormPanel>
      )}

      {admin && (
        <FormPanel
          title="Đổi tên hoặc mã"
          action={`${base}/${unit.id}/update`}
          state={err("update")}
          version={unit.version}
          submit="Lưu"
        >
          <Field label="Tên đơn vị" {...up("name", unit.name)} required />
          <Field label="Mã đơn vị" {...up("code", unit.code)} required />
        </FormPanel>
      )}

      {admin && unit.depth > 0 && (
        <FormPanel
          title="Chuyển sang đơn vị cấp trên khác"
          action={`${base}/${unit.id}/move`}
          state={err("move")}
          version={unit.version}
          submit="Chuyển đơn vị"
          kind="secondary"
        >
          <Field
            label="Mã đơn vị cấp trên mới"
            {...bindState(err("move"))("parentCode", undefined, "parentId")}
            required
          />
        </FormPanel>
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
              <ActionButton
                action={`${base}/${unit.id}/${unit.status === "active" ? "retire" : "restore"}`}
                version={unit.version}
                kind="secondary"
              >
                {unit.status === "active" ? "Giải thể đơn vị" : "Khôi phục hoạt động"}
              </ActionButton>
            </div>
            <FormBody
              action={`${base}/${unit.id}/delete`}
              errors={err("delete")?.errors}
              message={err("delete")?.message}
              version={unit.version}
              submit="Xóa đơn vị"
              kind="danger"
            >
              <Field
                label="Gõ tên đơn vị để xác nhận xóa"
                {...bindState(err("delete"))("confirmName")}
                hint={`Xóa không hoàn tác được. Gõ đúng: ${unit.name}`}
                required
                autocomplete="off"
              />
            </FormBody>
          </div>
        </details>
      )}
      <p class="hint">Cập nhật lần cuối: {formatDate(unit.updatedAt)}</p>
    </>
  );
};
