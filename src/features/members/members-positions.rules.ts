// The closed vocabulary of positions (chức vụ) and the rule that turns positions into a group.
import type { Group } from "../../domain/groups";
import { searchKey } from "../../platform/text";

export type { Group as MemberGroup } from "../../domain/groups";

interface PositionDef {
  code: string;
  label: string;
  /** Other spellings accepted in imports (compared without diacritics and case). */
  aliases?: string[];
  /** In group 1 by default (seed 000, plan 23-KH/ĐU). */
  exemplar: boolean;
}

export const PARTY_POSITIONS: PositionDef[] = [
  {
    code: "committee_secretary",
    label: "Bí thư Đảng ủy",
    aliases: ["Bí thư cấp ủy", "Bí thư Đảng bộ", "Bí thư Tỉnh ủy", "Bí thư Huyện ủy", "Bí thư Thành ủy"],
    exemplar: true,
  },
  {
    code: "committee_deputy_secretary",
    label: "Phó Bí thư Đảng ủy",
    aliases: ["Phó Bí thư cấp ủy", "Phó Bí thư Đảng bộ", "Phó Bí thư Tỉnh ủy", "Phó Bí thư Huyện ủy"],
    exemplar: true,
  },
  {
    code: "standing_committee_member",
    label: "Ủy viên Ban Thường vụ",
    aliases: ["UVBTV", "Ủy viên Ban Thường vụ Đảng ủy", "Ủy viên Thường vụ"],
    exemplar: true,
  },
  {
    code: "committee_member",
    label: "Ủy viên Ban Chấp hành Đảng bộ",
    aliases: ["Ủy viên Ban Chấp hành", "Ủy viên BCH", "Ủy viên BCH Đảng bộ", "Cấp ủy viên", "Đảng ủy viên"],
    exemplar: true,
  },
  { code: "cell_secretary", label: "Bí thư chi bộ", exemplar: true },
  { code: "cell_deputy_secretary", label: "Phó Bí thư chi bộ", exemplar: true },
  { code: "cell_committee_member", label: "Chi ủy viên", aliases: ["Ủy viên chi ủy"], exemplar: true },
  { code: "inspection_member", label: "Ủy viên Ủy ban Kiểm tra", aliases: ["Ủy viên UBKT"], exemplar: false },
  { code: "group_leader", label: "Tổ trưởng tổ đảng", exemplar: false },
  { code: "group_deputy_leader", label: "Tổ phó tổ đảng", exemplar: false },
];

export const GOV_POSITIONS: PositionDef[] = [
  {
    code: "head",
    label: "Thủ trưởng cơ quan",
    aliases: ["Thủ trưởng", "Thủ trưởng đơn vị", "Giám đốc", "Chủ tịch", "Trưởng ban"],
    exemplar: true,
  },
  {
    code: "deputy_head",
    label: "Phó Thủ trưởng cơ quan",
    aliases: ["Phó Thủ trưởng", "Phó Thủ trưởng đơn vị", "Phó Giám đốc", "Phó Chủ tịch", "Phó Trưởng ban"],
    exemplar: true,
  },
  { code: "principal", label: "Hiệu trưởng", exemplar: true },
  { code: "vice_principal", label: "Phó Hiệu trưởng", exemplar: true },
  { code: "department_head", label: "Trưởng phòng", exemplar: true },
  { code: "deputy_department_head", label: "Phó Trưởng phòng", exemplar: true },
  { code: "faculty_head", label: "Trưởng khoa", exemplar: true },
  { code: "deputy_faculty_head", label: "Phó Trưởng khoa", exemplar: true },
  { code: "team_leader", label: "Tổ trưởng chuyên môn", aliases: ["Tổ trưởng"], exemplar: false },
  { code: "team_deputy_leader", label: "Tổ phó chuyên môn", aliases: ["Tổ phó"], exemplar: false },
];

export const ALL_POSITIONS = [...PARTY_POSITIONS, ...GOV_POSITIONS];
export const PARTY_CODES = PARTY_POSITIONS.map((p) => p.code);
export const GOV_CODES = GOV_POSITIONS.map((p) => p.code);
export const POSITION_CODES = ALL_POSITIONS.map((p) => p.code);
export const DEFAULT_EXEMPLAR_POSITIONS = ALL_POSITIONS.filter((p) => p.exemplar).map((p) => p.code);

const LABELS = new Map(ALL_POSITIONS.map((p) => [p.code, p.label]));

/** "cell_secretary" → "Bí thư chi bộ" (unknown codes are shown as they are). */
export function positionLabel(code: string): string {
  return LABELS.get(code) ?? code;
}

function lookup(defs: PositionDef[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of defs) {
    m.set(d.code, d.code);
    for (const name of [d.label, ...(d.aliases ?? [])]) m.set(searchKey(name), d.code);
  }
  return m;
}

const PARTY_LOOKUP = lookup(PARTY_POSITIONS);
const GOV_LOOKUP = lookup(GOV_POSITIONS);

/**
 * Reads a cell of positions ("Bí thư chi bộ; Trưởng khoa"), separated by ; , or new lines,
 * case- and diacritic-insensitively. Unknown labels are returned apart, for the error message.
 */
export function parsePositions(text: string, kind: "party" | "gov"): { codes: string[]; unknown: string[] } {
  const table = kind === "party" ? PARTY_LOOKUP : GOV_LOOKUP;
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(/[;,\n\r]+/)) {
    const label = raw.trim();
    if (!label) continue;
    const code = table.get(searchKey(label).replace(/[.]/g, "")) ?? table.get(searchKey(label));
    if (!code) unknown.push(label);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

/** Group 1 when any position is one of the tenant's group-1 positions. */
export function groupFor(positions: readonly string[], exemplarPositions: readonly string[]): Group {
  return positions.some((p) => exemplarPositions.includes(p)) ? "exemplar" : "follower";
}
