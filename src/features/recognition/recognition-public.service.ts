/** The tenant's settings of the feature and the public page "gương người tốt, việc tốt". */
import { and, desc, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { exemplarModelYears, exemplarModels, exemplarSettings } from "../../db/schema/tenant/exemplars";
import { members } from "../../db/schema/tenant/members";
import { auditInsert } from "../../platform/audit";
import { guardChanged, writeBatch } from "../../platform/batch";
import type { Ctx, PublicCtx } from "../../platform/context";
import { conflict, notFound } from "../../platform/errors";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import type { ModelField, ModelKind, SettingsInput } from "./models.inputs";

export interface Settings {
  publicPage: boolean;
  publicTitle: string;
  publicIntro: string;
  /** 0 until the settings are first saved. */
  version: number;
}

const DEFAULTS: Settings = { publicPage: false, publicTitle: "", publicIntro: "", version: 0 };
const s = exemplarSettings;

function settingsQuery(ctx: Pick<PublicCtx, "db" | "tenant">) {
  return ctx.db.select().from(s).where(scoped(ctx, s.tenantId)).limit(1);
}

function toSettings(r: typeof s.$inferSelect | undefined): Settings {
  if (!r) return DEFAULTS;
  return {
    publicPage: r.publicPage === 1,
    publicTitle: r.publicTitle,
    publicIntro: r.publicIntro,
    version: r.version,
  };
}

export async function getSettings(ctx: Ctx): Promise<Settings> {
  requireRole(ctx, "admin");
  return toSettings((await settingsQuery(ctx))[0]);
}

export async function updateSettings(ctx: Ctx, input: SettingsInput): Promise<Settings> {
  requireRole(ctx, "admin");
  requireWritable(ctx);
  const before = toSettings((await settingsQuery(ctx))[0]);
  if (before.version !== input.version)
    throw conflict("Cài đặt vừa được người khác sửa. Vui lòng tải lại trang.");
  const after: Settings = {
    publicPage: input.publicPage,
    publicTitle: input.publicTitle ?? before.publicTitle,
    publicIntro: input.publicIntro ?? before.publicIntro,
    version: before.version + 1,
  };
  const values = {
    publicPage: after.publicPage ? 1 : 0,
    publicTitle: after.publicTitle,
    publicIntro: after.publicIntro,
    version: after.version,
    updatedBy: ctx.actor.accountId,
    updatedAt: ctx.now,
  };
  await writeBatch(ctx.db, [
    before.version === 0
      ? ctx.db
          .insert(s)
          .values({ tenantId: ctx.tenant.id, ...values })
          .onConflictDoNothing()
      : ctx.db
          .update(s)
          .set(values)
          .where(scoped(ctx, s.tenantId, eq(s.version, input.version))),
    guardChanged(ctx.db),
    auditInsert(ctx, {
      action: "exemplars.settings",
      entityType: "tenant",
      entityId: ctx.tenant.id,
      before,
      after,
    }),
  ]);
  return after;
}

export interface PublicModel {
  title: string;
  description: string;
  kind: ModelKind;
  field: ModelField;
  unitName: string;
  /** Only for individual models: the person the model is. */
  personName: string | null;
  exemplaryYears: number[];
}

export interface PublicPage {
  title: string;
  intro: string;
  models: PublicModel[];
}

/**
 * The published exemplary models, for anyone: 404 while the page is off. Only the model's
 * own wording, its unit and (individual models) the person's name leave the tenant.
 */
export async function publicExemplars(ctx: PublicCtx): Promise<PublicPage> {
  const m = exemplarModels;
  const years = sql<string | null>`(SELECT group_concat(y.year) FROM ${exemplarModelYears} AS y
    WHERE ${m.tenantId} = y.tenant_id AND y.model_id = ${m.id} AND y.exemplary = 1)`;
  const [settings, rows] = await ctx.db.batch([
    settingsQuery(ctx),
    ctx.db
      .select({ m, unitName: units.name, memberName: members.fullName, years })
      .from(m)
      .innerJoin(units, and(eq(units.id, m.unitId), eq(units.tenantId, m.tenantId)))
      .leftJoin(members, and(eq(members.id, m.memberId), eq(members.tenantId, m.tenantId)))
      .where(scoped(ctx, m.tenantId, eq(m.published, 1), sql`${years} IS NOT NULL`))
      .orderBy(desc(m.updatedAt))
      .limit(300),
  ]);
  const cfg = toSettings(settings[0]);
  if (!cfg.publicPage) throw notFound("Trang này chưa được công bố.");
  return {
    title: cfg.publicTitle || `Gương người tốt, việc tốt — ${ctx.tenant.name}`,
    intro: cfg.publicIntro,
    models: rows.map((r) => ({
      title: r.m.title,
      description: r.m.description,
      kind: r.m.kind as ModelKind,
      field: r.m.field as ModelField,
      unitName: r.unitName,
      personName: r.m.kind === "individual" ? r.memberName : null,
      exemplaryYears: (r.years ?? "")
        .split(",")
        .map(Number)
        .filter(Boolean)
        .sort((a, b) => b - a),
    })),
  };
}
