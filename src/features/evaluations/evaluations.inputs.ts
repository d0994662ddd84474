import { orNull } from "../../platform/openapi";
import { Version } from "../../domain/versions";
import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";
import { memberBrief, UnitBrief, timestamp, timestampOrNull, viDate } from "../../platform/api-fields";
import { RemarkOut } from "../meetings";
import { ComplianceOut, NotebookPlanOut, ProgressOut } from "../notebook";
import { LEVELS, MANUAL_CONDITIONS, SCORE_PARTS } from "./evaluations.rules";
import { optionalQuery, yearQuery, syncPage } from "../../platform/query-params";
import { GROUPS } from "../../domain/groups";

const id = Id;
const version = Version;
const level = z.enum(LEVELS, { error: "Chọn một trong bốn mức xếp loại." });
const note = z.string().trim().max(3000, "Nhận xét tối đa 3.000 ký tự.");
const year = z.number().int().min(2000, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ.");
const points = (max: number, label: string) =>
  z
    .number({ error: `${label} không hợp lệ.` })
    .int(`${label} là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(max, `${label} tối đa ${max} điểm.`);
/** The hard conditions the cell or the committee ticks, from the catalogue. */
const conditions = z
  .array(z.enum(MANUAL_CONDITIONS as [string, ...string[]], { error: "Điều kiện không có trong danh mục." }))
  .max(10)
  .optional();

/** What every proposal and decision carries: the level and an optional remark. */
const verdict = { level, note: note.optional() };

export const SelfProposalInput = z
  .strictObject({ ...verdict, year: year.optional(), version: version.optional() })
  .openapi("EvaluationSelfProposalInput");
export type SelfProposalInput = z.infer<typeof SelfProposalInput>;

export const CellProposalInput = z
  .strictObject({
    ...verdict,
    scoreGeneral: points(SCORE_PARTS.general.max, "Điểm tiêu chí chung").optional(),
    scoreTasks: points(SCORE_PARTS.tasks.max, "Điểm kết quả thực hiện nhiệm vụ").optional(),
    conditions,
    year: year.optional(),
    version: version.optional(),
  })
  .openapi("EvaluationCellProposalInput");
export type CellProposalInput = z.infer<typeof CellProposalInput>;

const DECISION_NUMBER = /^(\d{1,5}[a-z]?)-(?:QĐ|QD)\/([\p{L}\d][\p{L}\d./-]{0,30})$/iu;

/** "Số 125-qđ/đu" → "125-QĐ/ĐU": the number of the committee's decision, as party documents write it. */
export const DecisionNumber = z
  .string({ error: "Cần ghi số quyết định (ví dụ 125-QĐ/ĐU)." })
  .transform((s, ctx) => {
    const m = DECISION_NUMBER.exec(
      s
        .trim()
        .replace(/^số\s*/iu, "")
        .replace(/\s+/g, ""),
    );
    if (m) return `${m[1]}-QĐ/${m[2]!.toLocaleUpperCase("vi-VN")}`;
    const empty = s.trim() === "";
    ctx.addIssue({
      code: "custom",
      message: empty
        ? "Cần ghi số quyết định (ví dụ 125-QĐ/ĐU)."
        : "Số quyết định ghi theo dạng “số-QĐ/cơ quan ban hành”, ví dụ 125-QĐ/ĐU.",
    });
    return z.NEVER;
  })
  .openapi({ type: "string", example: "125-QĐ/ĐU" });

/** The date of the decision: dd/mm/yyyy or YYYY-MM-DD, not after today (stored as YYYY-MM-DD). */
export const DecisionDateInput = viDate({
  error: "Cần ghi ngày quyết định (dạng dd/mm/yyyy).",
  invalid: "Ngày quyết định không hợp lệ (dạng dd/mm/yyyy).",
  from: "2000-01-01",
  to: "today",
  message: "Ngày quyết định không được sau hôm nay.",
  example: "25/12/2026",
});

export const DecideInput = z
  .strictObject({
    ...verdict,
    decisionNumber: DecisionNumber.openapi({
      description:
        "Number of the committee's decision on the rating, e.g. 125-QĐ/ĐU (a leading “Số” is dropped)",
    }),
    decisionDate: DecisionDateInput.openapi({
      description:
        "Date of that decision: dd/mm/yyyy or YYYY-MM-DD, from 1 January of the evaluated year to today",
    }),
    conditions,
    overrideReason: z
      .string()
      .trim()
      .min(10, "Lý do vượt tỷ lệ cần ít nhất 10 ký tự.")
      .max(1000, "Lý do tối đa 1.000 ký tự.")
      .optional(),
    version,
  })
  .openapi("EvaluationDecideInput");
export type DecideInput = z.infer<typeof DecideInput>;

export const SettingsInput = z
  .strictObject({
    capPercent: z
      .number({ error: "Tỷ lệ không hợp lệ." })
      .int("Tỷ lệ là số nguyên.")
      .min(1, "Tỷ lệ từ 1 %.")
      .max(100, "Tỷ lệ tối đa 100 %."),
    capEnabled: z.boolean({ error: "Giá trị không hợp lệ." }),
    version: z.number().int().min(0),
  })
  .openapi("EvaluationSettingsInput");
export type SettingsInput = z.infer<typeof SettingsInput>;

export const LIST_STATUSES = ["all", "none", "self", "proposed", "decided"] as const;
export const ListEvaluationsQuery = z.object({
  unitId: optionalQuery(id),
  year: yearQuery(),
  status: optionalQuery(z.enum(LIST_STATUSES, { error: "Trạng thái lọc không hợp lệ." })),
  ...syncPage(100),
});
export type ListEvaluationsQuery = z.infer<typeof ListEvaluationsQuery>;

export const EvaluationOut = z
  .object({
    id: z.string(),
    memberId: z.string(),
    cycleId: z.string(),
    year: z.number(),
    status: z.enum(["open", "decided"]),
    selfLevel: level.nullable(),
    selfNote: z.string(),
    selfAt: timestampOrNull(),
    cellLevel: level.nullable(),
    cellNote: z.string(),
    cellAt: timestampOrNull(),
    cellByLabel: z.string().nullable(),
    scoreGeneral: z.number().nullable(),
    scoreTasks: z.number().nullable(),
    conditions: z.array(z.string()),
    decidedLevel: level.nullable(),
    decisionNote: z.string(),
    decidedAt: timestampOrNull(),
    decidedByLabel: z.string().nullable(),
    decisionNumber: z
      .string()
      .nullable()
      .openapi({ description: "Number of the committee's decision, e.g. 125-QĐ/ĐU (null until decided)" }),
    decisionDate: z
      .string()
      .nullable()
      .openapi({ description: "Date of the committee's decision, YYYY-MM-DD (null until decided)" }),
    capWarning: z.string().nullable(),
    capOverrideReason: z.string().nullable(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("Evaluation");
export type EvaluationOut = z.infer<typeof EvaluationOut>;

export const CommendationBrief = z.object({
  id: z.string(),
  year: z.number(),
  level: z.string(),
  form: z.string(),
  issuer: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  content: z.string(),
});

export const EvaluationViewOut = z
  .object({
    member: z.object(memberBrief),
    year: z.number(),
    cycle: z.object({ id: z.string(), status: z.string() }).nullable(),
    evaluation: orNull(EvaluationOut),
    finalReviewSubmitted: z.boolean(),
    evidence: z.object({
      plan: orNull(NotebookPlanOut),
      progress: z.array(ProgressOut),
      progressFrom: z.string().nullable().openapi({ description: "Review kind the progress comes from" }),
      compliance: ComplianceOut,
      remarks: z.array(RemarkOut),
      commendations: z.array(CommendationBrief),
    }),
    suggestion: z
      .object({ total: z.number(), band: level, level, cappedBy: z.string().nullable() })
      .nullable(),
    automaticConditions: z.array(z.string()),
    cap: z.object({
      unitId: z.string(),
      unitName: z.string(),
      percent: z.number(),
      enabled: z.boolean(),
      xuatSac: z.number(),
      tot: z.number(),
      warning: z.string().nullable(),
    }),
    can: z.object({ self: z.boolean(), propose: z.boolean(), decide: z.boolean() }),
  })
  .openapi("EvaluationView");
export type EvaluationViewOut = z.infer<typeof EvaluationViewOut>;

export const EvaluationListOut = z
  .object({
    unit: UnitBrief,
    year: z.number(),
    distribution: z.record(
      z.string(),
      z.object({ exemplar: z.number(), follower: z.number(), all: z.number() }),
    ),
    cap: z
      .object({
        percent: z.number(),
        enabled: z.boolean(),
        xuatSac: z.number(),
        tot: z.number(),
        exceeded: z.boolean(),
      })
      .nullable()
      .openapi({ description: "The 20 % check, when the unit is a grassroots organisation" }),
    children: z.array(UnitBrief),
    items: z.array(
      z.object({
        memberId: z.string(),
        fullName: z.string(),
        unitName: z.string(),
        group: z.enum(GROUPS),
        evaluationId: z.string().nullable(),
        status: z.enum(["none", "self", "proposed", "decided"]),
        selfLevel: level.nullable(),
        cellLevel: level.nullable(),
        decidedLevel: level.nullable(),
        capOverridden: z.boolean(),
        updatedAt: timestampOrNull("When the evaluation last changed (null: none yet)"),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi("EvaluationList");
export type EvaluationListOut = z.infer<typeof EvaluationListOut>;

export const SettingsOut = z
  .object({ capPercent: z.number(), capEnabled: z.boolean(), version: z.number() })
  .openapi("EvaluationSettings");
export type SettingsOut = z.infer<typeof SettingsOut>;
