/**
 * The verbs on a set's criteria: add, edit, concretise, hide, restore, delete, reorder,
 * acknowledge a change above, and edit the set's header. Each is a pure operation handed to
 * `editSet`, which decides which version it lands on and writes it atomically.
 */
import type { Ctx } from "../../platform/context";
import { conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import {
  type EditOutcome,
  type EditResult,
  type EditState,
  type Header,
  editSet,
} from "./criteria-edit.service";
import type {
  AddCriterionInput,
  ConcretiseInput,
  MoveCriterionInput,
  UpdateCriterionInput,
  UpdateSetInput,
} from "./criteria.inputs";
import type { CriterionRow, EffectiveCriterion } from "./criteria.rules";

const NOT_FOUND = "Không tìm thấy tiêu chí trong khung tiêu chí này.";

/** The 409 for hiding, removing or un-coring a core criterion below the level that made it core. */
export function coreMessage(c: EffectiveCriterion): string {
  return `Tiêu chí “${c.title}” là tiêu chí cốt lõi do ${c.coreFrom?.unitName ?? "cấp trên"} quy định. Cấp dưới không được ẩn, bỏ hoặc bỏ tính cốt lõi của tiêu chí này; đơn vị chỉ có thể cụ thể hóa nội dung cho phù hợp với thực tiễn.`;
}

const parentOf = (s: EditState, key: string) => s.view.parent?.criteria.find((c) => c.key === key) ?? null;
const ownOf = (s: EditState, key: string) => s.rows.find((r) => r.key === key) ?? null;
/** editSet() on the criterion `key`: `op` also gets this level's row for it and the parent level's. */
function editKey(
  ctx: Ctx,
  setId: string,
  key: string,
  version: number,
  op: (s: EditState, own: CriterionRow | null, parent: EffectiveCriterion | null) => EditResult,
): Promise<EditOutcome> {
  return editSet(ctx, setId, version, (s) => op(s, ownOf(s, key), parentOf(s, key)));
}

const snap = (r: CriterionRow | null) =>
  r && { key: r.key, kind: r.kind, title: r.title, body: r.body, isCore: r.isCore };

/** Replaces the row with `key` (or appends `row`), keeping the row id when one existed. */
function put(rows: CriterionRow[], row: Omit<CriterionRow, "id">): CriterionRow[] {
  const old = rows.find((r) => r.key === row.key);
  if (!old) return [...rows, { ...row, id: newId() }];
  return rows.map((r) => (r.key === row.key ? { ...row, id: old.id } : r));
}

const basisOf = (p: EffectiveCriterion) => ({
  basisId: p.criterionVersionId,
  basisTitle: p.title,
  basisBody: p.body,
});

export function addCriterion(ctx: Ctx, setId: string, input: AddCriterionInput): Promise<EditOutcome> {
  const key = newId();
  return editSet(ctx, setId, input.version, (s) => {
    const position =
      Math.max(
        0,
        ...s.rows.filter((r) => r.kind === "added" && r.group === input.group).map((r) => r.position),
      ) + 1;
    const row: CriterionRow = {
      id: newId(),
      key,
      group: input.group,
      position,
      kind: "added",
      title: input.title,
      body: input.body,
      isCore: input.isCore ?? false,
      basisId: null,
      basisTitle: null,
      basisBody: null,
    };
    return { rows: [...s.rows, row], action: "criteria.add", key, after: snap(row) };
  });
}

/** Edits the unit's own wording: a criterion it added, or its concretisation (basis unchanged). */
export function updateCriterion(
  ctx: Ctx,
  setId: string,
  key: string,
  input: UpdateCriterionInput,
): Promise<EditOutcome> {
  return editKey(ctx, setId, key, input.version, (s, own, parent) => {
    if (!own || own.kind === "hidden") {
      if (parent)
        throw conflict(
          own
            ? "Tiêu chí này đang được ẩn ở đơn vị; hãy khôi phục trước khi sửa."
            : "Tiêu chí này kế thừa từ cấp trên; hãy dùng “Cụ thể hóa” để viết nội dung riêng của đơn vị.",
        );
      throw notFound(NOT_FOUND);
    }
    if (own.kind === "concretised" && parent?.isCore && input.isCore === false)
      throw conflict(coreMessage(parent));
    const row = {
      ...own,
      title: input.title ?? own.title,
      body: input.body ?? own.body,
      isCore: input.isCore ?? own.isCore,
    };
    return { rows: put(s.rows, row), action: "criteria.update", key, before: snap(own), after: snap(row) };
  });
}

/** Writes the unit's own wording of an inherited criterion, against the parent's current wording. */
export function concretiseCriterion(
  ctx: Ctx,
  setId: string,
  key: string,
  input: ConcretiseInput,
): Promise<EditOutcome> {
  return editKey(ctx, setId, key, input.version, (s, own, parent) => {
    if (!parent) {
      if (own?.kind === "added")
        throw conflict("Tiêu chí này do chính đơn vị bổ sung; hãy sửa trực tiếp nội dung.");
      throw notFound(NOT_FOUND);
    }
    if (parent.isCore && input.isCore === false) throw conflict(coreMessage(parent));
    const title = input.title ?? (own?.kind === "concretised" ? own.title : parent.title);
    if (title === parent.title && input.body === parent.body)
      throw invalid({ body: "Nội dung cụ thể hóa đang giống hệt nội dung của cấp trên." });
    const row = {
      key,
      group: parent.group,
      position: 0,
      kind: "concretised" as const,
      title,
      body: input.body,
      isCore: input.isCore ?? (own?.kind === "concretised" ? own.isCore : false),
      ...basisOf(parent),
    };
    return {
      rows: put(s.rows, row),
      action: "criteria.concretise",
      key,
      before: snap(own) ?? { key, inherited: parent.title },
      after: snap({ ...row, id: "" }),
    };
  });
}

function hideOp(s: EditState, key: string, action: string) {
  const parent = parentOf(s, key);
  const own = ownOf(s, key);
  if (!parent) throw notFound(NOT_FOUND);
  if (parent.isCore) throw conflict(coreMessage(parent));
  if (own?.kind === "hidden") throw conflict("Tiêu chí này đã được ẩn ở đơn vị.");
  const row = {
    key,
    group: parent.group,
    position: 0,
    kind: "hidden" as const,
    title: parent.title,
    body: parent.body,
    isCore: false,
    ...basisOf(parent),
  };
  return { rows: put(s.rows, row), action, key, before: snap(own) ?? { key, inherited: parent.title } };
}

/** Hides an inherited criterion at this level and below; never a core one. */
export function hideCriterion(ctx: Ctx, setId: string, key: string, version: number): Promise<EditOutcome> {
  return editSet(ctx, setId, version, (s) => {
    if (ownOf(s, key)?.kind === "added")
      throw conflict("Tiêu chí này do chính đơn vị bổ sung; nếu không dùng nữa hãy xóa.");
    return hideOp(s, key, "criteria.hide");
  });
}

/** Removes a criterion: one the unit added is deleted; an inherited one is hidden, unless core (409). */
export function deleteCriterion(ctx: Ctx, setId: string, key: string, version: number): Promise<EditOutcome> {
  return editKey(ctx, setId, key, version, (s, own) => {
    if (own?.kind === "added")
      return { rows: s.rows.filter((r) => r.key !== key), action: "criteria.delete", key, before: snap(own) };
    return hideOp(s, key, "criteria.delete");
  });
}

/** Drops the unit's concretisation or hiding: the parent's wording applies again. */
export function restoreCriterion(
  ctx: Ctx,
  setId: string,
  key: string,
  version: number,
): Promise<EditOutcome> {
  return editKey(ctx, setId, key, version, (s, own) => {
    if (!own)
      throw parentOf(s, key)
        ? conflict("Tiêu chí này đang dùng nguyên nội dung của cấp trên.")
        : notFound(NOT_FOUND);
    if (own.kind === "added")
      throw conflict("Tiêu chí này do chính đơn vị bổ sung; không có nội dung cấp trên để khôi phục.");
    return { rows: s.rows.filter((r) => r.key !== key), action: "criteria.restore", key, before: snap(own) };
  });
}

/** Keeps the unit's wording after a change above: the derived row now rests on the current parent wording. */
export function rebaseCriterion(ctx: Ctx, setId: string, key: string, version: number): Promise<EditOutcome> {
  return editKey(ctx, setId, key, version, (s, own) => {
    if (!own || own.kind === "added") throw notFound(NOT_FOUND);
    const parent = parentOf(s, key);
    if (!parent)
      throw conflict(
        "Tiêu chí gốc không còn trong khung của cấp trên; hãy bỏ phần cụ thể hóa hoặc bổ sung thành tiêu chí riêng của đơn vị.",
      );
    if (own.kind === "hidden" && parent.isCore) throw conflict(coreMessage(parent));
    if (own.basisTitle === parent.title && own.basisBody === parent.body)
      throw conflict("Không có thay đổi nào của cấp trên cần xác nhận cho tiêu chí này.");
    const row = {
      ...own,
      ...basisOf(parent),
      ...(own.kind === "hidden" ? { title: parent.title, body: parent.body } : {}),
    };
    return { rows: put(s.rows, row), action: "criteria.rebase", key, after: { basis: basisOf(parent) } };
  });
}

/** Moves a criterion the unit added one place up or down among its own additions. */
export function moveCriterion(
  ctx: Ctx,
  setId: string,
  key: string,
  input: MoveCriterionInput,
): Promise<EditOutcome> {
  return editKey(ctx, setId, key, input.version, (s, own) => {
    if (!own)
      throw parentOf(s, key)
        ? conflict("Chỉ đổi thứ tự được các tiêu chí do đơn vị bổ sung.")
        : notFound(NOT_FOUND);
    if (own.kind !== "added") throw conflict("Chỉ đổi thứ tự được các tiêu chí do đơn vị bổ sung.");
    const siblings = s.rows
      .filter((r) => r.kind === "added" && r.group === own.group)
      .sort((a, b) => a.position - b.position);
    const i = siblings.findIndex((r) => r.key === key);
    const other = siblings[input.direction === "up" ? i - 1 : i + 1];
    if (!other)
      throw conflict(input.direction === "up" ? "Tiêu chí đã ở vị trí đầu." : "Tiêu chí đã ở vị trí cuối.");
    const rows = s.rows.map((r) =>
      r.key === own.key
        ? { ...r, position: other.position }
        : r.key === other.key
          ? { ...r, position: own.position }
          : r,
    );
    return { rows, action: "criteria.move", key, after: { direction: input.direction } };
  });
}

/** Title, issuer, number, date and basis of the set's working version. */
export function updateSetHeader(ctx: Ctx, setId: string, input: UpdateSetInput): Promise<EditOutcome> {
  const { version, ...header } = input;
  return editSet(ctx, setId, version, (s) => {
    const before: Header = {
      title: s.view.working.title,
      issuer: s.view.working.issuer,
      docNumber: s.view.working.docNumber,
      docDate: s.view.working.docDate,
      basis: s.view.working.basis,
    };
    return { rows: s.rows, header, action: "criteria_set.update", before, after: header };
  });
}
