import type { Ctx } from "../../platform/context";
import { forbidden, invalid, notFound } from "../../platform/errors";
import { pathInActorScope } from "../../platform/scope";
import {
  type ModelStatus,
  MEMBER_EDITABLE,
  STATUS_LABEL,
  type UpdateModelInput,
  type YearStatusInput,
} from "./models.inputs";

export const MODEL_404 = "Không tìm thấy mô hình.";

interface Target {
  m: { kind: string; memberId: string | null };
  unitPath: string;
}

/**
 * Who may change a model: an admin; a secretary within their subtree; a member only their
 * own individual model (a collective model → 403). Anything else reads as missing (404).
 */
export function requireModelWrite<T extends Target>(ctx: Ctx, row: T | undefined, memberMay = true): T {
  if (!row) throw notFound(MODEL_404);
  const a = ctx.actor;
  if (a.role !== "member") {
    if (pathInActorScope(ctx, row.unitPath)) return row;
    throw notFound(MODEL_404);
  }
  if (row.m.kind === "collective") throw forbidden("Đảng viên không được sửa mô hình tập thể.");
  if (!a.memberId || row.m.memberId !== a.memberId) throw notFound(MODEL_404);
  if (!memberMay) throw forbidden();
  return row;
}

/** A member may change only the wording of their own model, never its flags or years. */
export function rejectMemberFields(ctx: Ctx, input: UpdateModelInput): void {
  if (ctx.actor.role !== "member") return;
  const bad = Object.keys(input).filter((k) => !(MEMBER_EDITABLE as readonly string[]).includes(k));
  if (bad.length)
    throw invalid(
      Object.fromEntries(bad.map((k) => [k, "Đảng viên không được thay đổi trường này."])),
      "Đảng viên chỉ sửa được tên, mô tả và lĩnh vực của mô hình cá nhân của mình.",
    );
}

/** Field errors of a year status against the model's start year; empty when valid. */
export function yearErrors(
  startYear: number,
  y: Pick<YearStatusInput, "year" | "status" | "exemplary" | "replicatedTo">,
  prefix = "",
): Record<string, string> {
  const e: Record<string, string> = {};
  if (y.year < startYear) e[`${prefix}year`] = `Năm phải từ năm bắt đầu (${startYear}) trở đi.`;
  else if (y.status === "new" && y.year !== startYear)
    e[`${prefix}status`] = `Chỉ ghi “${STATUS_LABEL.new}” trong năm bắt đầu (${startYear}).`;
  if (y.status === "stopped" && y.exemplary)
    e[`${prefix}exemplary`] = "Mô hình đã ngừng thì không ghi là điển hình.";
  const to = y.replicatedTo ?? [];
  if (y.status === "replicated" && to.length === 0)
    e[`${prefix}replicatedTo`] = "Cần chọn ít nhất một đơn vị được nhân rộng.";
  if (y.status !== "replicated" && to.length > 0)
    e[`${prefix}replicatedTo`] = `Chỉ ghi đơn vị nhân rộng khi tình trạng là “${STATUS_LABEL.replicated}”.`;
  return e;
}

export const ACTIVE: ModelStatus[] = ["new", "maintained", "replicated"];
