// Sensible defaults for a new party-format report, derived from the unit and its parent: the
// committee edits them before generating. Pure functions.
import type { Focus, SectionKey } from "./reports.inputs";

const MODEL = "“Trên làm gương mẫu mực, dưới tích cực làm theo”";

/** "Đảng bộ Trường Chính trị" → "Trường Chính trị" (the organisation without the party prefix). */
function bare(name: string): string {
  return name.replace(/^(Đảng bộ|Chi bộ|Tổ đảng)\s+/i, "").trim();
}

/** The body that issues the report for a unit of this kind, e.g. "Đảng ủy Trường Chính trị". */
export function issuerOf(kind: string, name: string): string {
  const rest = bare(name);
  switch (kind) {
    case "province":
      return `Tỉnh ủy ${rest.replace(/^tỉnh\s+/i, "")}`;
    case "district":
      if (/^thành phố\s+/i.test(rest)) return `Thành ủy ${rest.replace(/^thành phố\s+/i, "")}`;
      if (/^thị xã\s+/i.test(rest)) return `Thị ủy ${rest.replace(/^thị xã\s+/i, "")}`;
      return `Huyện ủy ${rest.replace(/^huyện\s+/i, "")}`;
    case "cell":
      return `Chi bộ ${rest}`;
    case "group":
      return `Tổ đảng ${rest}`;
    default:
      return `Đảng ủy ${rest}`;
  }
}

/** The symbol after the number: BC/TU, BC/HU, BC/ĐU, BC/CB … */
export function numberSuffixOf(kind: string): string {
  const s: Record<string, string> = {
    province: "BC/TU",
    district: "BC/HU",
    bloc: "BC/ĐUK",
    grassroots: "BC/ĐU",
    cell: "BC/CB",
    group: "BC/TĐ",
  };
  return s[kind] ?? "BC/ĐU";
}

export function signerAuthorityOf(kind: string): string {
  if (kind === "cell") return "T/M Chi bộ";
  if (kind === "grassroots") return "T/M Đảng ủy";
  if (kind === "group") return "T/M Tổ đảng";
  return "T/M Ban Thường vụ";
}

export function subjectOf(year: number, focus: Focus): string {
  const who =
    focus === "exemplar"
      ? " đối với nhóm 1 (làm gương mẫu mực)"
      : focus === "follower"
        ? " đối với nhóm 2 (tích cực làm theo)"
        : "";
  return `Kết quả thực hiện mô hình ${MODEL}${who} năm ${year}`;
}

/** "Nơi nhận": the parent's committee (for its information), the units below, the archive. */
export function recipientsOf(parent: { kind: string; name: string } | null, hasChildren: boolean): string[] {
  const above = parent ? issuerOf(parent.kind, parent.name) : null;
  const standing = parent && ["province", "district", "bloc"].includes(parent.kind);
  const committee = above && standing ? `Ban Thường vụ ${above}` : above;
  return [
    ...(committee ? [`${committee} (báo cáo)`] : []),
    ...(hasChildren ? ["Các tổ chức đảng trực thuộc"] : []),
    "Lưu Văn phòng",
  ];
}

/** The default opening paragraph. */
export function introOf(issuer: string, year: number): string {
  return `Thực hiện kế hoạch của cấp trên về triển khai mô hình ${MODEL}, ${issuer} báo cáo kết quả thực hiện năm ${year} như sau:`;
}

/** The values a new report of `unit` starts from (shown in the form, used for omitted fields). */
export function documentDefaults(
  v: {
    unit: { kind: string; name: string };
    parent: { kind: string; name: string } | null;
    hasChildren: boolean;
  },
  year: number,
  focus: Focus = "all",
) {
  const issuer = issuerOf(v.unit.kind, v.unit.name);
  return {
    focus,
    number: `-${numberSuffixOf(v.unit.kind)}`,
    // The directly superior party organisation ("Đảng bộ Khối …"); none above the tenant root.
    superiorName: v.parent?.name ?? "",
    issuerName: issuer,
    subject: subjectOf(year, focus),
    signerAuthority: signerAuthorityOf(v.unit.kind),
    signerTitle: "Bí thư",
    recipients: recipientsOf(v.parent, v.hasChildren),
    sections: { intro: introOf(issuer, year) } as Partial<Record<SectionKey, string>>,
  };
}
