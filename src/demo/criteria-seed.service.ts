/**
 * Demo data (local `npm start` only): tenant `tra-vinh` adopts 62-KH/ĐUK at its root, and the
 * school committee publishes plan 23-KH/ĐU (09/5/2022) concretising and supplementing it, as
 * seed 000 describes. The concretised wordings draw on the reports and solutions in that
 * article; the year theme and focus issues are invented for the demo.
 */
import { vnYear } from "../domain";
import type { SeedState } from "./demo.service";
import {
  addCriterion,
  concretiseCriterion,
  createFocusIssue,
  createSet,
  publishSet,
  setYearTheme,
} from "../features/criteria";

const SCHOOL_PLAN = {
  title:
    "Kế hoạch về xây dựng và triển khai thực hiện mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo” trong Đảng bộ Trường Chính trị",
  issuer: "Đảng ủy Trường Chính trị tỉnh Trà Vinh",
  docNumber: "23-KH/ĐU",
  docDate: "2022-05-09",
  basis:
    "Trên cơ sở khung tiêu chí theo Kế hoạch số 62-KH/ĐUK, ngày 25/4/2022 của Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh Trà Vinh, cụ thể hóa, bổ sung một số nội dung phù hợp với tình hình thực tiễn, đảm bảo những tiêu chí cốt lõi.",
};

const CONCRETISED = [
  {
    key: "62kdukexemplar02",
    body: "tập trung, nghiêm túc thực hiện các Nghị quyết của Trung ương, Quy định của Tỉnh ủy, của Đảng ủy Khối về công tác nêu gương, nhất là Quy định 4495-QĐ/TU, Quy định 4842-QĐ/TU và Quy định số 37-QĐ/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm; Bí thư, Phó Bí thư Đảng ủy, cấp ủy viên, Ban Giám hiệu, Trưởng, Phó các phòng, khoa gương mẫu, đi đầu trước cán bộ, đảng viên, viên chức của Trường;…",
  },
  {
    key: "62kdukfollower02",
    body: "tập trung, nghiêm túc chấp hành các Quy định của Trung ương, của Tỉnh ủy, của Đảng ủy Khối về công tác nêu gương, nhất là Quy định số 324-QĐ/ĐUK, ngày 11/6/2019 của Đảng ủy Khối về trách nhiệm nêu gương của cán bộ, đảng viên; đấu tranh chống chủ nghĩa cá nhân, quan liêu, tham nhũng, lãng phí, không tham nhũng vặt, thực hiện nghiêm các nguyên tắc tổ chức Đảng;…",
  },
];

const ADDED = [
  {
    group: "exemplar" as const,
    title: "Xây dựng mô hình nêu gương của cá nhân",
    body: "căn cứ nhiệm vụ chính trị của Trường hằng năm, xây dựng mô hình riêng của bản thân mang tính nêu gương, đi đầu, tạo động lực cho cán bộ, đảng viên học tập và làm theo;…",
  },
  {
    group: "follower" as const,
    title: "Giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú",
    body: "chấp hành nghiêm các quy định và tích cực tham gia các phong trào tại địa phương theo tinh thần Quy định số 213-QĐ/TW, ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú;…",
  },
];

const FOCUS = [
  {
    kind: "focus" as const,
    title: "Nâng cao trách nhiệm nêu gương, tác phong công tác của cán bộ, đảng viên, nhất là người đứng đầu",
  },
  {
    kind: "focus" as const,
    title: "Đổi mới nội dung, phương pháp giảng dạy lý luận chính trị gắn với thực tiễn cơ sở",
  },
  {
    kind: "pressing" as const,
    title: "Chấn chỉnh việc chấp hành nội quy, quy chế làm việc và nền nếp sinh hoạt chi bộ",
  },
];

const TERM_THEME =
  "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc";
const YEAR_THEME =
  "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần tận tâm, tận tụy, vượt qua khó khăn, nỗ lực hoàn thành tốt nhiệm vụ được giao";

export async function seedCriteriaStep(s: SeedState): Promise<void> {
  if (s.demo.slug !== "tra-vinh") return;
  const { ctx, unitIds } = s;
  for (const year of [...new Set([2022, vnYear(ctx.now)])]) {
    const root = await createSet(ctx, {
      unitId: unitIds.tinh!,
      year,
      source: "template",
      templateId: "62-kh-duk",
    });
    await publishSet(ctx, root.id, 1);
    const school = await createSet(ctx, { unitId: unitIds.truong!, year, source: "blank", ...SCHOOL_PLAN });
    let v = 1;
    for (const c of CONCRETISED)
      v = (await concretiseCriterion(ctx, school.id, c.key, { body: c.body, version: v })).version;
    for (const c of ADDED) v = (await addCriterion(ctx, school.id, { ...c, version: v })).version;
    await publishSet(ctx, school.id, v);
    await setYearTheme(ctx, { year, termTheme: TERM_THEME, yearTheme: YEAR_THEME });
    for (const f of FOCUS) await createFocusIssue(ctx, { unitId: unitIds.truong!, year, ...f });
  }
}
