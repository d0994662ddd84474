import { GROUPS, GROUP_MOTTO } from "../../../domain";
import type { FC } from "hono/jsx";
import { Badge, Button, Hidden, PostForm } from "../../../ui/components";

import type { EffectiveCriterion } from "../criteria.rules";
import type { SetView } from "../criteria-sets.service";
import { Area, CoreSelect, EffectiveGroups, Input, type Panel, PanelForm, panelFor } from "./parts";
import { bindState } from "../../../ui/form-kit";

interface Props {
  view: SetView;
  base: string;
  panel?: Panel | undefined;
}

/** One criterion's controls: what this unit may do with it depends on where it comes from. */
const ItemActions: FC<Props & { c: EffectiveCriterion }> = ({ view, base, panel, c }) => {
  const own = view.workingRows.find((r) => r.key === c.key);
  const parent = view.parent?.criteria.find((p) => p.key === c.key);
  const url = `${base}/sets/${view.set.id}/criteria/${c.key}`;
  const v = <Hidden name="version" value={view.set.version} />;
  const edit = own?.kind === "added" || own?.kind === "concretised";
  const formId = edit ? `update:${c.key}` : `concretise:${c.key}`;
  const p = panelFor(panel, formId);
  const f = bindState(p);
  const id = (f: string) => `f-${c.key}-${f}`;
  const coreLocked = !!parent?.isCore;
  return (
    <div class="no-print">
      <PanelForm
        title={edit ? "Sửa" : "Cụ thể hóa"}
        state={p}
        action={`${url}/${edit ? "update" : "concretise"}`}
        submit={edit ? "Lưu" : "Lưu nội dung cụ thể hóa"}
      >
        {v}
        <Input id={id("title")} label="Tên ngắn" {...f("title", c.title)} maxlength={200} required />
        <Area
          id={id("body")}
          label={edit && own?.kind === "added" ? "Nội dung tiêu chí" : "Nội dung cụ thể hóa của đơn vị"}
          {...f("body", c.body)}
          maxlength={4000}
          required
        />
        {coreLocked ? (
          <p class="hint">
            Tiêu chí cốt lõi do {parent?.coreFrom?.unitName} quy định: luôn giữ tính cốt lõi.
          </p>
        ) : (
          <CoreSelect id={id("core")} value={p ? p.values.isCore === "yes" : (own?.isCore ?? false)} />
        )}
      </PanelForm>
      <div class="form-inline">
        {own?.kind === "added" && (
          <>
            <PostForm action={`${url}/move`} class="form-inline">
              {v}
              <Button kind="secondary" name="direction" value="up">
                Lên
              </Button>
              <Button kind="secondary" name="direction" value="down">
                Xuống
              </Button>
            </PostForm>
            <PostForm action={`${url}/delete`} class="form-inline">
              {v}
              <Button kind="danger">Xóa</Button>
            </PostForm>
          </>
        )}
        {own?.kind === "concretised" && (
          <PostForm action={`${url}/restore`} class="form-inline">
            {v}
            <Button kind="secondary">Dùng lại nội dung cấp trên</Button>
          </PostForm>
        )}
        {own?.kind !== "added" &&
          (c.isCore ? (
            <Badge tone="accent">Không được ẩn</Badge>
          ) : (
            <PostForm action={`${url}/hide`} class="form-inline">
              {v}
              <Button kind="danger">Ẩn ở đơn vị</Button>
            </PostForm>
          ))}
      </div>
    </div>
  );
};

/** The working version's effective criteria with their controls, hidden ones, and the add form. */
export const SetItems: FC<Props> = ({ view, base, panel }) => {
  const hiddenHere = view.workingRows.filter((r) => r.kind === "hidden");
  const add = panelFor(panel, "add");
  return (
    <>
      <EffectiveGroups
        criteria={view.effective.criteria}
        hidden={view.effective.hidden.filter((h) => h.hiddenBy.unitId !== view.unit.id)}
        actions={
          view.canEdit ? (c) => <ItemActions view={view} base={base} panel={panel} c={c} /> : undefined
        }
      />
      {hiddenHere.length > 0 && (
        <section class="card">
          <h2 class="card-title">Tiêu chí đơn vị đã ẩn ({hiddenHere.length})</h2>
          <ul class="list">
            {hiddenHere.map((r) => (
              <li>
                <span>
                  {r.title}
                  <br />
                  <span class="meta">{GROUP_MOTTO[r.group]}</span>
                </span>
                {view.canEdit && (
                  <PostForm
                    action={`${base}/sets/${view.set.id}/criteria/${r.key}/restore`}
                    class="form-inline"
                  >
                    <Hidden name="version" value={view.set.version} />
                    <Button kind="secondary">Khôi phục</Button>
                  </PostForm>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.canEdit && (
        <PanelForm
          title="Bổ sung tiêu chí của đơn vị"
          state={add}
          action={`${base}/sets/${view.set.id}/criteria`}
          submit="Bổ sung tiêu chí"
        >
          <Hidden name="version" value={view.set.version} />
          <div class="field">
            <label for="f-add-group">Nhóm</label>
            <select id="f-add-group" name="group">
              {GROUPS.map((g) => (
                <option value={g} selected={add?.values.group === g}>
                  {GROUP_MOTTO[g]}
                </option>
              ))}
            </select>
            {add?.errors.group && <p class="error-text">{add.errors.group}</p>}
          </div>
          <Input id="f-add-title" label="Tên ngắn" {...bindState(add)("title")} maxlength={200} required />
          <Area
            id="f-add-body"
            label="Nội dung tiêu chí"
            {...bindState(add)("body")}
            maxlength={4000}
            hint="Viết tiếp sau “Một là, …”, ví dụ: “tích cực học tập, rèn luyện…”."
            required
          />
          <CoreSelect id="f-add-core" value={add?.values.isCore === "yes"} />
        </PanelForm>
      )}
    </>
  );
};
