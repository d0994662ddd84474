import { eq } from "drizzle-orm";
import { evaluationSettings } from "../../db/schema/tenant/evaluations";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import { conflict } from "../../platform/errors";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { SettingsInput, SettingsOut } from "./evaluations.inputs";
import { capSettingsOf, settingsQuery } from "./evaluations.queries";

export async function updateSettings(ctx: Ctx, input: SettingsInput): Promise<SettingsOut> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const before = capSettingsOf(await settingsQuery(ctx));
  if (before.version !== input.version) throw conflict("Cấu hình vừa được thay đổi. Vui lòng tải lại.");
  const row = {
    tenantId: ctx.tenant.id,
    capPercent: input.capPercent,
    capEnabled: input.capEnabled ? 1 : 0,
    version: before.version + 1,
    updatedBy: ctx.actor.accountId,
    updatedAt: ctx.now,
  };
  const write =
    before.version === 0
      ? ctx.db.insert(evaluationSettings).values(row)
      : ctx.db
          .update(evaluationSettings)
          .set(row)
          .where(scoped(ctx, evaluationSettings.tenantId, eq(evaluationSettings.version, before.version)));
  const out = { capPercent: row.capPercent, capEnabled: input.capEnabled, version: row.version };
  await writeBatch(
    ctx.db,
    [
      write,
      guardChanged(ctx.db),
      auditInsert(ctx, {
        action: "evaluation.settings",
        entityType: "evaluationSettings",
        entityId: ctx.tenant.id,
        before: { capPercent: before.percent, capEnabled: before.enabled },
        after: out,
      }),
    ],
    { "evaluation_settings.tenant_id": conflict("Cấu hình vừa được thay đổi. Vui lòng tải lại.") },
  );
  return out;
}

export async function getSettings(ctx: Ctx): Promise<SettingsOut> {
  requireRole(ctx, "admin");
  const s = capSettingsOf(await settingsQuery(ctx));
  return { capPercent: s.percent, capEnabled: s.enabled, version: s.version };
}
