/** Response schemas of the criteria API (OpenAPI) and the mapping of a set view onto them. */
import { orNull } from "../../platform/openapi";
import { GROUPS } from "../../domain";
import { timestamp, timestampOrNull } from "../../platform/api-fields";
import { z } from "@hono/zod-openapi";
import { CRITERION_KINDS, FOCUS_KINDS, SET_STATUSES } from "./criteria.inputs";
import type { SetView } from "./criteria-sets.service";

const group = z.enum(GROUPS);
const UnitRef = z.object({ unitId: z.string(), unitName: z.string() });

/** The header of a criteria document: its title, issuer, number and date. */
const docHeader = {
  title: z.string(),
  issuer: z.string(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
};

const Origin = z
  .object({
    unitId: z.string(),
    unitName: z.string(),
    depth: z.number(),
    kind: z.enum(["added", "concretised"]),
    docNumber: z.string().nullable(),
    setVersionId: z.string(),
    criterionVersionId: z.string(),
  })
  .openapi("CriterionOrigin");

export const EffectiveCriterionOut = z
  .object({
    key: z.string().openapi({ description: "Lineage key, stable across levels, versions and years" }),
    group,
    number: z.number(),
    title: z.string(),
    body: z.string(),
    isCore: z.boolean(),
    coreFrom: UnitRef.nullable(),
    criterionVersionId: z.string().openapi({ description: "The exact wording a plan points at" }),
    setVersionId: z.string(),
    origin: Origin,
    trail: z.array(Origin),
  })
  .openapi("EffectiveCriterion");

const HiddenOut = z.object({ key: z.string(), group, title: z.string(), hiddenBy: UnitRef });

const VersionMetaOut = z
  .object({
    id: z.string(),
    setId: z.string(),
    number: z.number(),
    status: z.string(),
    ...docHeader,
    revision: z.number(),
    locked: z.boolean(),
  })
  .openapi("CriteriaVersionMeta");

export const EffectiveOut = z
  .object({
    unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), depth: z.number() }),
    year: z.number(),
    group: group.nullable(),
    levels: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        kind: z.string(),
        depth: z.number(),
        version: orNull(VersionMetaOut),
      }),
    ),
    criteria: z.array(EffectiveCriterionOut),
    hidden: z.array(HiddenOut),
  })
  .openapi("EffectiveCriteria");

export const VersionOut = z
  .object({
    id: z.string(),
    setId: z.string(),
    unitId: z.string(),
    year: z.number(),
    number: z.number(),
    status: z.enum(SET_STATUSES),
    ...docHeader,
    basis: z.string().nullable(),
    sourceTemplate: z.string().nullable(),
    revision: z.number(),
    locked: z.boolean(),
    lockedAt: timestampOrNull(),
    publishedAt: timestampOrNull(),
    supersededAt: timestampOrNull(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("CriteriaSetVersion");

export const CriterionRowOut = z
  .object({
    id: z.string(),
    key: z.string(),
    group,
    position: z.number(),
    kind: z.enum(CRITERION_KINDS),
    title: z.string(),
    body: z.string(),
    isCore: z.boolean(),
    basisId: z.string().nullable(),
    basisTitle: z.string().nullable(),
    basisBody: z.string().nullable(),
  })
  .openapi("CriterionRow");

const NoticeOut = z
  .object({
    key: z.string(),
    kind: z.enum(["parent-changed", "parent-removed", "now-core"]),
    rowKind: z.enum(CRITERION_KINDS),
    title: z.string(),
    basis: z.object({ title: z.string().nullable(), body: z.string().nullable() }),
    current: z.object({ title: z.string(), body: z.string() }).nullable(),
  })
  .openapi("CriteriaNotice");

const UnitOut = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  depth: z.number(),
  parentId: z.string().nullable(),
});
const Folded = z.object({ criteria: z.array(EffectiveCriterionOut), hidden: z.array(HiddenOut) });

export const SetOut = z
  .object({
    set: z.object({
      id: z.string(),
      unitId: z.string(),
      year: z.number(),
      version: z.number(),
      updatedAt: timestamp(),
    }),
    unit: UnitOut,
    versions: z.array(VersionOut),
    draft: orNull(VersionOut),
    published: orNull(VersionOut),
    editMode: z.enum(["draft", "in-place", "new-draft"]),
    canEdit: z.boolean(),
    rows: z
      .array(CriterionRowOut)
      .openapi({ description: "Rows of the working version (draft, else published)" }),
    effective: Folded.openapi({ description: "Effective set with the working version" }),
    publishedEffective: Folded.nullable(),
    notices: z.array(NoticeOut),
  })
  .openapi("CriteriaSet");

export function toSetOut(v: SetView): z.infer<typeof SetOut> {
  const { path: _p, ...unit } = v.unit;
  const fold = (s: { criteria: unknown[]; hidden: unknown[] }) => ({
    criteria: s.criteria,
    hidden: s.hidden,
  });
  return {
    set: v.set,
    unit: { id: unit.id, name: unit.name, kind: unit.kind, depth: unit.depth, parentId: unit.parentId },
    versions: v.versions,
    draft: v.draft,
    published: v.published,
    editMode: v.editMode,
    canEdit: v.canEdit,
    rows: v.workingRows,
    effective: fold(v.effective),
    publishedEffective: v.publishedEffective ? fold(v.publishedEffective) : null,
    notices: v.notices,
  } as z.infer<typeof SetOut>;
}

export const EditOutcomeOut = z
  .object({
    setId: z.string(),
    version: z.number().openapi({ description: "The set's new concurrency version" }),
    versionId: z.string(),
    versionNumber: z.number(),
    mode: z.enum(["draft", "in-place", "new-draft"]),
    key: z.string().optional(),
  })
  .openapi("CriteriaEditOutcome");

export const SetListOut = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        unitId: z.string(),
        unitName: z.string(),
        unitKind: z.string(),
        unitDepth: z.number(),
        year: z.number(),
        draft: z.object({ id: z.string(), number: z.number(), title: z.string() }).nullable(),
        published: z
          .object({
            id: z.string(),
            number: z.number(),
            title: z.string(),
            docNumber: z.string().nullable(),
            docDate: z.string().nullable(),
            locked: z.boolean(),
          })
          .nullable(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi("CriteriaSetList");

const Mark = z.enum(["same", "concretised", "added", "hidden", "absent"]);
export const CompareOut = z
  .object({
    setId: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }),
    parentName: z.string().nullable(),
    rootName: z.string().nullable(),
    year: z.number(),
    rows: z.array(
      z.object({
        key: z.string(),
        group,
        root: orNull(EffectiveCriterionOut),
        parent: orNull(EffectiveCriterionOut),
        unit: orNull(EffectiveCriterionOut),
        vsParent: Mark,
        vsRoot: Mark,
      }),
    ),
  })
  .openapi("CriteriaComparison");

export const VersionDetailOut = z
  .object({ version: VersionOut, unit: UnitOut, rows: z.array(CriterionRowOut) })
  .openapi("CriteriaSetVersionDetail");

export const TemplateOut = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    issuer: z.string(),
    docNumber: z.string(),
    docDate: z.string(),
    basis: z.string(),
    criteria: z.array(
      z.object({ key: z.string(), group, title: z.string(), body: z.string(), isCore: z.boolean() }),
    ),
  })
  .openapi("CriteriaTemplate");

export const YearThemeOut = z
  .object({
    id: z.string(),
    year: z.number(),
    termTheme: z.string(),
    yearTheme: z.string(),
    note: z.string().nullable(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("YearTheme");

export const FocusIssueOut = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    year: z.number(),
    kind: z.enum(FOCUS_KINDS),
    position: z.number(),
    title: z.string(),
    description: z.string().nullable(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("FocusIssue");
