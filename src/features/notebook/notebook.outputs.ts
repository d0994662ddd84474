import { orNull } from "../../platform/openapi";
import { z } from "@hono/zod-openapi";
import { cursorPage, memberBrief, timestamp, timestampOrNull } from "../../platform/api-fields";
import { RemarkOut } from "../meetings";
import { ENTRY_KINDS, ENTRY_STATUSES, PROGRESS_STATUSES, TIMINGS } from "./notebook.inputs";
import { confirmationOut } from "../../domain/plan-confirmation";

export const CommentOut = z
  .object({
    id: z.string(),
    kind: z.enum(["comment", "return"]),
    content: z.string(),
    authorLabel: z.string(),
    createdAt: timestamp(),
  })
  .openapi("NotebookComment");
export type CommentOut = z.infer<typeof CommentOut>;

export const ProgressOut = z.object({
  itemId: z.string(),
  position: z.number(),
  status: z.enum(PROGRESS_STATUSES),
  note: z.string(),
});
export type ProgressOut = z.infer<typeof ProgressOut>;

export const EntryOut = z
  .object({
    id: z.string(),
    memberId: z.string(),
    cycleId: z.string(),
    year: z.number(),
    kind: z.enum(ENTRY_KINDS),
    status: z.enum(ENTRY_STATUSES),
    title: z.string(),
    body: z.string(),
    strengths: z.string(),
    shortcomings: z.string(),
    remedies: z.string(),
    progress: z.array(ProgressOut),
    timing: z.enum(TIMINGS).nullable(),
    submittedAt: timestampOrNull(),
    enteredByLabel: z
      .string()
      .nullable()
      .openapi({ description: "Set when a secretary wrote it on the member's behalf" }),
    comments: z.array(CommentOut),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("NotebookEntry");
export type EntryOut = z.infer<typeof EntryOut>;

/** An entry as the list across members shows it: without the comments (read the entry for those). */
export const EntryListItemOut = EntryOut.omit({ comments: true }).openapi("NotebookEntryListItem");
export const EntryPageOut = cursorPage(EntryListItemOut).openapi("NotebookEntryPage");
export type EntryPageOut = z.infer<typeof EntryPageOut>;

export const PlanItemOut = z.object({
  id: z.string(),
  position: z.number(),
  criterion: z.string(),
  commitment: z.string(),
  measure: z.string(),
  dueDate: z.string(),
});
export type PlanItemOut = z.infer<typeof PlanItemOut>;

export const NotebookPlanOut = z
  .object({
    id: z.string(),
    status: z.string(),
    registration: z.string(),
    firstSubmittedAt: timestampOrNull(),
    confirmedAt: timestampOrNull(),
    ...confirmationOut,
    items: z.array(PlanItemOut),
  })
  .openapi("NotebookPlan");
export type NotebookPlanOut = z.infer<typeof NotebookPlanOut>;

export const ComplianceOut = z
  .object({
    required: z
      .array(z.string())
      .openapi({ description: "Entries the cycle requires: plan, then the reviews" }),
    done: z.array(z.string()),
    missing: z.array(z.string()),
    compliant: z.boolean(),
  })
  .openapi("NotebookCompliance");
export type ComplianceOut = z.infer<typeof ComplianceOut>;

export const NotebookOut = z
  .object({
    member: z.object({ ...memberBrief, cardNumber: z.string() }),
    year: z.number(),
    years: z.array(z.number()),
    cycle: z
      .object({
        id: z.string(),
        status: z.string(),
        checkpointMode: z.enum(["three", "quarterly"]),
        windows: z.record(z.string(), z.object({ from: z.string(), to: z.string() })),
      })
      .nullable(),
    plan: orNull(NotebookPlanOut),
    entries: z.array(EntryOut),
    remarks: z.array(RemarkOut),
    compliance: ComplianceOut,
    evaluation: z
      .object({
        id: z.string(),
        status: z.string(),
        decidedLevel: z.string().nullable(),
        decidedAt: timestampOrNull(),
      })
      .nullable(),
  })
  .openapi("Notebook");
export type NotebookOut = z.infer<typeof NotebookOut>;
