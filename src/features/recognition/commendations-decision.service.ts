// Commendation decisions and certificates: the commendations of one decision (picked by id, or by
// the decision's number), the fields the registry does not hold (defaults remembered per unit), and
// the three files — the decision and the certificates as DOCX, the recipient list as XLSX.
import { type SQL, eq, inArray, sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { commendationDecisionDefaults, commendations } from "../../db/schema/tenant/exemplars";
import { auditInsert } from "../../platform/audit";
import { writeBatch } from "../../platform/batch";
import type { Ctx } from "../../platform/context";
import type { DownloadFile } from "../../platform/downloads";
import { ServiceError, invalid, notFound } from "../../platform/errors";
import { columnOf } from "../../platform/lookups";
import { scoped } from "../../platform/scope";
import { requireRole, requireWritable } from "../../platform/tenant-context";
import { toXlsx } from "../../lib/sheets";
import * as members from "../members";
import {
  DecisionFields,
  type DecisionDocument,
  type DecisionInput,
  type DecisionPreview,
  type DecisionQuery,
  MAX_RECIPIENTS,
} from "./commendations-decision.inputs";
import { certificatesDocx, decisionDocx } from "./commendations-decision-docx.rules";
import {
  type DecisionData,
  REMEMBERED,
  RECIPIENT_COLUMNS,
  decisionDefaults,
  ordered,
  recipientRows,
  roleOf,
} from "./commendations-decision.rules";
import { COMMENDATION_404, decisionKey } from "./commendations.service";
import { commendationsQuery, toCommendationOut } from "./commendations.queries";

const c = commendations;
const d = commendationDecisionDefaults;
type Selection = Pick<DecisionInput, "ids" | "decisionNumber" | "decisionDate">;

function selectionConds(q: Selection): SQL[] {
  if (q.ids) return [inArray(c.id, [...new Set(q.ids)])];
  return [
    eq(c.decisionKey, decisionKey(q.decisionNumber ?? "")),
    ...(q.decisionDate ? [eq(c.decisionDate, q.decisionDate)] : []),
  ];
}

const positionsOf = (...json: (string | null)[]) =>
  json.flatMap((j) => (j ? (JSON.parse(j) as string[]) : [])).map((p) => members.positionLabel(p));

/** The rows of the decision, the remembered fields and the parent of the actor's unit: one round trip. */
async function load(ctx: Ctx, q: Selection) {
  requireRole(ctx, "admin", "secretary");
  const unitId = ctx.actor.unitId ?? "";
  const [rows, saved, parent] = await ctx.db.batch([
    commendationsQuery(ctx, ...selectionConds(q)).limit(MAX_RECIPIENTS + 1),
    ctx.db
      .select({ json: d.valuesJson })
      .from(d)
      .where(scoped(ctx, d.tenantId, eq(d.unitId, unitId))),
    // The parent of the actor's unit: the default "tổ chức đảng cấp trên".
    ctx.db
      .select({ name: units.name })
      .from(units)
      .where(scoped(ctx, units.tenantId, sql`${units.id} = ${columnOf(ctx, "units", unitId, "parent_id")}`)),
  ]);
  if (rows.length === 0 || (q.ids && rows.length !== new Set(q.ids).size))
    throw notFound(
      q.ids ? COMMENDATION_404 : `Không tìm thấy khen thưởng nào của quyết định số ${q.decisionNumber}.`,
    );
  if (rows.length > MAX_RECIPIENTS)
    throw invalid({ decisionNumber: `Một quyết định tối đa ${MAX_RECIPIENTS} khen thưởng.` });
  const outs = rows.map((r) => ({
    out: toCommendationOut(r),
    positions: positionsOf(r.memberGov, r.memberParty),
  }));
  const first = outs[0]!.out;
  const decisions = new Set(rows.map((r) => `${r.c.decisionKey} ${r.c.decisionDate ?? ""}`));
  if (decisions.size > 1)
    throw invalid({
      ids: `Các khen thưởng đã chọn thuộc ${decisions.size} quyết định khác nhau (khác số hoặc ngày); chọn khen thưởng của một quyết định.`,
    });
  if (!first.decisionNumber.trim() || !first.decisionDate)
    throw invalid({
      ids: "Khen thưởng đã chọn chưa ghi số hoặc ngày quyết định; hãy ghi trong sổ khen thưởng trước.",
    });
  const data: DecisionData = {
    decisionNumber: first.decisionNumber,
    decisionDate: first.decisionDate,
    issuer: first.issuer,
    recipients: ordered(
      outs.map(({ out, positions }, i) => ({
        name: out.subjectName,
        kind: out.subjectKind,
        type: out.subjectType,
        role: roleOf(out, positions),
        content: out.content,
        form: out.form,
        level: out.level,
        card: rows[i]!.memberCard ?? "",
        issuer: out.issuer,
      })),
    ),
  };
  const remembered = saved[0] ? (JSON.parse(saved[0].json) as Partial<DecisionFields>) : {};
  const defaults = decisionDefaults(data, remembered, {
    tenantName: ctx.tenant.name,
    superior: parent[0]?.name ?? "",
  });
  return { data, defaults, commendations: outs.map((o) => o.out) };
}

/** The decision as the registry holds it and the fields a generation would start from. */
export async function prepareDecision(ctx: Ctx, q: DecisionQuery): Promise<DecisionPreview> {
  const { data, defaults, commendations } = await load(ctx, q);
  return { decisionNumber: data.decisionNumber, decisionDate: data.decisionDate, commendations, defaults };
}

/** The defaults with the given fields over them, checked: every field wrong is named. */
function finalFields(defaults: DecisionFields, input: Partial<DecisionFields>): DecisionFields {
  const given = Object.fromEntries(
    Object.entries(input).filter(([k, v]) => k in defaults && v !== undefined),
  );
  const r = DecisionFields.safeParse({ ...defaults, ...given });
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
  throw new ServiceError("validation", "Thông tin của quyết định chưa đủ hoặc chưa hợp lệ.", fields);
}

function rememberStatements(ctx: Ctx, f: Partial<DecisionFields>) {
  requireWritable(ctx);
  const unitId = ctx.actor.unitId ?? "";
  const values = JSON.stringify(
    Object.fromEntries(REMEMBERED.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])),
  );
  const row = {
    tenantId: ctx.tenant.id,
    unitId,
    valuesJson: values,
    updatedBy: ctx.actor.accountId,
    updatedAt: ctx.now,
  };
  return [
    ctx.db
      .insert(d)
      .values(row)
      .onConflictDoUpdate({
        target: [d.tenantId, d.unitId],
        set: { valuesJson: values, updatedBy: row.updatedBy, updatedAt: ctx.now },
      }),
    auditInsert(ctx, {
      action: "commendation.decision_defaults",
      entityType: "unit",
      entityId: unitId,
      after: JSON.parse(values),
    }),
  ];
}

/** One of the three files of a decision; with `remember`, the fields become the unit's defaults. */
export async function generateDecisionFile(
  ctx: Ctx,
  document: DecisionDocument,
  input: DecisionInput,
): Promise<DownloadFile> {
  const { data, defaults } = await load(ctx, input);
  const { ids: _, decisionNumber: __, decisionDate: ___, remember, ...given } = input;
  const name = data.decisionNumber.replace(/\//g, "-");
  if (document === "recipients") {
    // The list needs no signer: only the achievement its rows fall back on.
    const a = DecisionFields.shape.achievement.safeParse(given.achievement ?? defaults.achievement);
    if (!a.success) throw invalid({ achievement: a.error.issues[0]?.message ?? "" });
    const achievement = a.data;
    const sheet = {
      name: "Danh sách khen thưởng",
      columns: RECIPIENT_COLUMNS,
      rows: recipientRows(data, achievement),
    };
    return { body: toXlsx([sheet]), kind: "xlsx", name: `Danh sách khen thưởng ${name}` };
  }
  const f = finalFields(defaults, given);
  if (remember) await writeBatch(ctx.db, rememberStatements(ctx, f));
  const now = new Date(ctx.now);
  if (document === "decision")
    return { body: decisionDocx(data, f, now), kind: "docx", name: `Quyết định ${name}` };
  return { body: certificatesDocx(data, f, now), kind: "docx", name: `Giấy khen ${name}` };
}

/** Keeps `fields` as the defaults of the actor's unit (the demo seed; a generation with `remember`). */
export async function rememberDecisionDefaults(ctx: Ctx, fields: Partial<DecisionFields>): Promise<void> {
  requireRole(ctx, "admin", "secretary");
  await writeBatch(ctx.db, rememberStatements(ctx, fields));
}
