import { z } from "@hono/zod-openapi";
import { cursorPage, timestamp, timestampOrNull } from "../../platform/api-fields";
import { FOCUSES, SECTION_KEYS } from "./reports.inputs";

export const TripleOut = z
  .object({ exemplar: z.number(), follower: z.number(), all: z.number() })
  .openapi("FigureTriple", { description: "Nhóm 1 (exemplar), nhóm 2 (follower) and the total" });

export const UnitRefOut = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    path: z.string(),
    depth: z.number(),
    status: z.string(),
  })
  .openapi("ReportUnit");
export type UnitRef = z.infer<typeof UnitRefOut>;

export const FigureDefOut = z
  .object({
    key: z.string(),
    label: z.string(),
    section: z.string(),
    metric: z.string().nullable(),
    of: z.string().nullable(),
    grouped: z.boolean(),
    people: z.boolean(),
  })
  .openapi("FigureDefinition");

export const FiguresViewOut = z
  .object({
    year: z.number(),
    unit: UnitRefOut,
    ancestors: z.array(UnitRefOut),
    figures: z.record(z.string(), TripleOut),
    children: z.array(z.object({ unit: UnitRefOut, figures: z.record(z.string(), TripleOut) })),
    definitions: z.array(FigureDefOut),
  })
  .openapi("ReportFigures");

export const PersonOut = z
  .object({
    memberId: z.string(),
    fullName: z.string(),
    cardNumber: z.string(),
    group: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    status: z.string().nullable(),
    at: timestampOrNull(),
    late: z.boolean(),
    decisionNumber: z
      .string()
      .nullable()
      .openapi({ description: "For a rating figure: the number of the committee's decision (else null)" }),
    decisionDate: z
      .string()
      .nullable()
      .openapi({ description: "For a rating figure: the date of that decision, YYYY-MM-DD (else null)" }),
  })
  .openapi("ReportPerson");
export type PersonOut = z.infer<typeof PersonOut>;

export const PeoplePageOut = cursorPage(PersonOut, {
  unit: UnitRefOut,
  year: z.number(),
  figure: z.string(),
  group: z.enum(FOCUSES),
}).openapi("ReportPeople");

export const DocumentOut = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    year: z.number(),
    focus: z.enum(FOCUSES),
    number: z.string(),
    docDate: z.string(),
    place: z.string(),
    superiorName: z.string(),
    issuerName: z.string(),
    subject: z.string(),
    signerAuthority: z.string(),
    signerTitle: z.string(),
    signerName: z.string(),
    recipients: z.array(z.string()),
    sections: z.object(
      Object.fromEntries(SECTION_KEYS.map((k) => [k, z.string()])) as Record<
        (typeof SECTION_KEYS)[number],
        z.ZodString
      >,
    ),
    updatedByLabel: z.string(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("ReportDocument");
export type DocumentOut = z.infer<typeof DocumentOut>;

export const DiffOut = z
  .object({
    unitId: z.string(),
    unitName: z.string().nullable(),
    year: z.number(),
    metric: z.string(),
    grp: z.string(),
    stored: z.number(),
    actual: z.number(),
  })
  .openapi("CounterDifference");
export type DiffOut = z.infer<typeof DiffOut>;

export const RecountOut = z
  .object({ fixed: z.boolean(), differences: z.array(DiffOut), sources: z.array(z.string()) })
  .openapi("RecountResult");
export type RecountOut = z.infer<typeof RecountOut>;

/** A unit's saved reports. */
export const DocumentsOut = z
  .object({ unit: UnitRefOut, documents: z.array(DocumentOut) })
  .openapi("ReportDocuments");
