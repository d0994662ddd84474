/**
 * Pure folding of criteria sets down the organisation tree: no database, no context. The
 * services fetch every level in one round trip and hand the rows here.
 */
import type { Group } from "../../domain";
import type { CriterionKind } from "./criteria.inputs";

export interface UnitRef {
  unitId: string;
  unitName: string;
}

export interface VersionMeta {
  id: string;
  setId: string;
  number: number;
  status: string;
  title: string;
  issuer: string;
  docNumber: string | null;
  docDate: string | null;
  revision: number;
  locked: boolean;
}

export interface CriterionRow {
  id: string;
  key: string;
  group: Group;
  position: number;
  kind: CriterionKind;
  title: string;
  body: string;
  isCore: boolean;
  basisId: string | null;
  basisTitle: string | null;
  basisBody: string | null;
}

/** One unit on the path root → unit, with the set version that counts there (or none). */
export interface Level {
  unit: UnitRef & { kind: string; depth: number };
  version: VersionMeta | null;
  rows: CriterionRow[];
}

/** Where a wording came from: the unit, its document and the exact versions. */
export interface OriginRef extends UnitRef {
  depth: number;
  kind: "added" | "concretised";
  docNumber: string | null;
  setVersionId: string;
  criterionVersionId: string;
}

export interface EffectiveCriterion {
  key: string;
  group: Group;
  /** 1-based position inside its group. */
  number: number;
  title: string;
  body: string;
  isCore: boolean;
  /** The level that made it core; nothing below may hide it. */
  coreFrom: UnitRef | null;
  /** The exact row (criterion version) whose wording applies: what a plan points at. */
  criterionVersionId: string;
  setVersionId: string;
  /** The level that first added the criterion. */
  origin: OriginRef;
  /** Every level that added or concretised it, top down; the last one gives the wording. */
  trail: OriginRef[];
}

export interface HiddenCriterion {
  key: string;
  group: Group;
  title: string;
  hiddenBy: UnitRef;
}

export type NoticeKind = "parent-changed" | "parent-removed" | "now-core";

/** Something above changed under a row this level derived (concretised or hidden). */
export interface Notice {
  key: string;
  kind: NoticeKind;
  rowKind: CriterionKind;
  title: string;
  basis: { title: string | null; body: string | null };
  current: { title: string; body: string } | null;
}

export interface Snapshot {
  unit: Level["unit"];
  version: VersionMeta | null;
  criteria: EffectiveCriterion[];
  hidden: HiddenCriterion[];
  notices: Notice[];
}

type Item = Omit<EffectiveCriterion, "number">;

/** The document a set version records: its title, issuer, number, date and basis. */
export interface SetHeader {
  title: string;
  issuer: string;
  docNumber: string | null;
  docDate: string | null;
  basis: string | null;
}

/** `base`'s header with the fields `change` gives (null clears a field; undefined keeps it). */
export function mergeHeader<T extends string | undefined>(
  change: Partial<SetHeader>,
  base: Omit<SetHeader, "title" | "issuer"> & { title?: T; issuer?: T },
): Omit<SetHeader, "title" | "issuer"> & { title: string | T; issuer: string | T } {
  return {
    title: change.title ?? (base.title as T),
    issuer: change.issuer ?? (base.issuer as T),
    docNumber: change.docNumber === undefined ? base.docNumber : change.docNumber,
    docDate: change.docDate === undefined ? base.docDate : change.docDate,
    basis: change.basis === undefined ? base.basis : change.basis,
  };
}

/** Folds the levels root → unit; returns the effective set at every level. */
export function foldLevels(levels: Level[]): Snapshot[] {
  const out: Snapshot[] = [];
  let items: Item[] = [];
  let hidden: HiddenCriterion[] = [];
  for (const level of levels) {
    const notices: Notice[] = [];
    if (level.version) {
      const next = applyLevel(level, items, hidden, notices);
      items = next.items;
      hidden = next.hidden;
    }
    out.push({ unit: level.unit, version: level.version, criteria: number(items), hidden, notices });
  }
  return out;
}

function applyLevel(level: Level, parentItems: Item[], parentHidden: HiddenCriterion[], notices: Notice[]) {
  const v = level.version!;
  const byKey = new Map(parentItems.map((i) => [i.key, i]));
  const removed = new Set<string>();
  const replaced = new Map<string, Item>();
  const hidden = [...parentHidden];
  const ref = (row: CriterionRow, kind: OriginRef["kind"]): OriginRef => ({
    unitId: level.unit.unitId,
    unitName: level.unit.unitName,
    depth: level.unit.depth,
    kind,
    docNumber: v.docNumber,
    setVersionId: v.id,
    criterionVersionId: row.id,
  });
  const unitRef: UnitRef = { unitId: level.unit.unitId, unitName: level.unit.unitName };
  for (const row of level.rows) {
    if (row.kind === "added") continue;
    const parent = byKey.get(row.key);
    const basis = { title: row.basisTitle, body: row.basisBody };
    const notice = (kind: NoticeKind, current: Notice["current"]) =>
      notices.push({ key: row.key, kind, rowKind: row.kind, title: row.title, basis, current });
    if (!parent) {
      notice("parent-removed", null);
      continue;
    }
    const current = { title: parent.title, body: parent.body };
    if (row.kind === "hidden") {
      // A criterion made core above after the hiding: the hiding no longer applies.
      if (parent.isCore) {
        notice("now-core", current);
        continue;
      }
      removed.add(row.key);
      hidden.push({ key: row.key, group: parent.group, title: parent.title, hiddenBy: unitRef });
      continue;
    }
    if (row.basisTitle !== parent.title || row.basisBody !== parent.body) notice("parent-changed", current);
    const r = ref(row, "concretised");
    replaced.set(row.key, {
      ...parent,
      title: row.title,
      body: row.body,
      isCore: parent.isCore || row.isCore,
      coreFrom: parent.coreFrom ?? (row.isCore ? unitRef : null),
      criterionVersionId: row.id,
      setVersionId: v.id,
      trail: [...parent.trail, r],
    });
  }
  const items: Item[] = [];
  for (const i of parentItems) if (!removed.has(i.key)) items.push(replaced.get(i.key) ?? i);
  const added = level.rows
    .filter((r) => r.kind === "added" && !byKey.has(r.key))
    .sort((a, b) => a.position - b.position);
  for (const row of added) {
    const r = ref(row, "added");
    items.push({
      key: row.key,
      group: row.group,
      title: row.title,
      body: row.body,
      isCore: row.isCore,
      coreFrom: row.isCore ? unitRef : null,
      criterionVersionId: row.id,
      setVersionId: v.id,
      origin: r,
      trail: [r],
    });
  }
  return { items, hidden };
}

function number(items: Item[]): EffectiveCriterion[] {
  const out: EffectiveCriterion[] = [];
  for (const g of ["exemplar", "follower"] as const) {
    let n = 0;
    for (const i of items) if (i.group === g) out.push({ ...i, number: ++n });
  }
  return out;
}

export type DiffMark = "same" | "concretised" | "added" | "hidden" | "absent";

export interface CompareRow {
  key: string;
  group: Group;
  root: EffectiveCriterion | null;
  parent: EffectiveCriterion | null;
  unit: EffectiveCriterion | null;
  vsParent: DiffMark;
  vsRoot: DiffMark;
}

function mark(base: EffectiveCriterion | null, mine: EffectiveCriterion | null): DiffMark {
  if (!base && !mine) return "absent";
  if (!base) return "added";
  if (!mine) return "hidden";
  return base.title === mine.title && base.body === mine.body ? "same" : "concretised";
}

/** The unit's effective set beside its parent's and the root framework's, row by key. */
export function compareSnapshots(root: Snapshot, parent: Snapshot, unit: Snapshot): CompareRow[] {
  const idx = (s: Snapshot) => new Map(s.criteria.map((c) => [c.key, c]));
  const [r, p, u] = [idx(root), idx(parent), idx(unit)];
  const keys: { key: string; group: Group }[] = [];
  const seen = new Set<string>();
  // Parent order first keeps hidden rows in place; then what the unit added; then root-only rows.
  for (const s of [parent, unit, root])
    for (const c of s.criteria)
      if (!seen.has(c.key)) {
        seen.add(c.key);
        keys.push({ key: c.key, group: c.group });
      }
  const order = (g: Group) => (g === "exemplar" ? 0 : 1);
  return keys
    .map((k, i) => ({ ...k, i }))
    .sort((a, b) => order(a.group) - order(b.group) || a.i - b.i)
    .map(({ key, group }) => {
      const [rc, pc, uc] = [r.get(key) ?? null, p.get(key) ?? null, u.get(key) ?? null];
      return { key, group, root: rc, parent: pc, unit: uc, vsParent: mark(pc, uc), vsRoot: mark(rc, uc) };
    });
}
