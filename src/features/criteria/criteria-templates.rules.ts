/** The criteria frameworks shipped with the product: a tenant adopts one into its root set for a year. */
import type { Group } from "../../domain";

/** A criteria framework shipped with the product, adopted into a tenant's root set for a year. */
export interface CriteriaTemplate {
  id: string;
  /** How the library lists it. */
  name: string;
  title: string;
  issuer: string;
  docNumber: string;
  /** ISO date of the issuing document. */
  docDate: string;
  basis: string;
  criteria: { key: string; group: Group; title: string; body: string; isCore: boolean }[];
}

/**
 * The criteria framework of plan 62-KH/ĐUK (25/4/2022), Ban Thường vụ Đảng ủy Khối các Cơ quan
 * và Doanh nghiệp tỉnh Trà Vinh, as quoted in seed 000. Texts are copied as published; only
 * obvious typos are fixed ("công việ" → "công việc", "tuyên tryền" → "tuyên truyền",
 * "Kỹ cương" → "Kỷ cương" in the Tỉnh ủy's motto). The "…" endings are the source's own.
 * Keys are fixed so that sets adopted in different years keep their links to lower levels.
 */
export const TEMPLATE_62_KH_DUK: CriteriaTemplate = {
  id: "62-kh-duk",
  name: "Khung tiêu chí theo Kế hoạch 62-KH/ĐUK (Trà Vinh, 2022)",
  title:
    "Kế hoạch về xây dựng và triển khai thực hiện mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo”",
  issuer: "Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Trà Vinh",
  docNumber: "62-KH/ĐUK",
  docDate: "2022-04-25",
  basis:
    "Căn cứ Kế hoạch số 55-KH/TU, ngày 29/3/2022 của Ban Thường vụ Tỉnh ủy Trà Vinh về xây dựng và triển khai thực hiện mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo” và Kế hoạch số 34-KH/ĐUK, ngày 20/10/2021 của Ban Thường vụ Đảng ủy Khối thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
  criteria: [
    {
      key: "62kdukexemplar01",
      group: "exemplar",
      title: "Trung thành, bản lĩnh chính trị, đạo đức cách mạng",
      body: "luôn trung thành với chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh và đường lối đổi mới của Đảng, Nhà nước; không ngừng tu dưỡng, rèn luyện, trau dồi đạo đức cách mạng; giữ vững lập trường, quan điểm đúng đắn, dám nghĩ, dám làm;…",
      isCore: true,
    },
    {
      key: "62kdukexemplar02",
      group: "exemplar",
      title: "Thực hiện nghiêm các quy định về nêu gương",
      body: "tập trung, nghiêm túc thực hiện các Nghị quyết của Trung ương, Quy định của Tỉnh ủy, của Đảng ủy Khối về công tác nêu gương, gương mẫu, đi đầu của Bí thư, phó bí thư Đảng ủy, các chi bộ, lãnh đạo đơn vị và toàn thể cán bộ, đảng viên khung trường;…",
      isCore: true,
    },
    {
      key: "62kdukexemplar03",
      group: "exemplar",
      title: "Phương châm hành động, hoàn thành tốt nhiệm vụ",
      body: "thực hiện tốt phương châm hành động của Tỉnh ủy “Đoàn kết, Kỷ cương, Hành động, Sáng tạo, Đột phá, Phát triển”. Sẵn sàng nhận và hoàn thành tốt mọi nhiệm vụ được giao. Tâm huyết với công việc;…",
      isCore: true,
    },
    {
      key: "62kdukexemplar04",
      group: "exemplar",
      title: "Chỉ đạo học tập, tuyên truyền tư tưởng Hồ Chí Minh",
      body: "chỉ đạo tốt việc học tập, quán triệt, tuyên truyền các nội dung về tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhất là nội dung về “ý chí”, “khát vọng”, “tự lực”, “tự cường”, “Khát vọng phát triển đất nước”, “trách nhiệm của mỗi người dân Việt Nam trong sự nghiệp xây dựng và bảo vệ Tổ quốc” cho cán bộ, đảng viên, đoàn viên,…",
      isCore: true,
    },
    {
      key: "62kdukexemplar05",
      group: "exemplar",
      title: "Lãnh đạo, điều hành nhiệm vụ chính trị",
      body: "chỉ đạo, điều hành, tổ chức thực hiện nhiệm vụ chính trị của đơn vị theo chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước. Lãnh đạo cán bộ, đảng viên phát huy tính chủ động, sáng tạo, làm tốt công tác tham mưu, đề xuất, không ngừng cải tiến lề lối, phương pháp làm việc;…",
      isCore: true,
    },
    {
      key: "62kdukfollower01",
      group: "follower",
      title: "Trung thành, bản lĩnh chính trị; cần, kiệm, liêm, chính",
      body: "luôn trung thành với chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh và đường lối đổi mới của Đảng, Nhà nước; không ngừng tu dưỡng, rèn luyện, trau dồi đạo đức cách mạng; giữ vững lập trường, nghiêm túc nêu gương cần, kiệm, liêm, chính, chí công vô tư;…",
      isCore: true,
    },
    {
      key: "62kdukfollower02",
      group: "follower",
      title: "Chấp hành quy định nêu gương, chống chủ nghĩa cá nhân",
      body: "tập trung, nghiêm túc chấp hành các Quy định của Trung ương, Quy định của Tỉnh ủy, của Đảng ủy Khối về công tác nêu gương, gương mẫu, đấu tranh chống chủ nghĩa cá nhân, quan liêu, tham nhũng, lãng phí, không tham nhũng vặt, thực hiện nghiêm các nguyên tắc tổ chức Đảng;…",
      isCore: true,
    },
    {
      key: "62kdukfollower03",
      group: "follower",
      title: "Phương châm hành động, đi đầu thực hiện chủ trương",
      body: "thực hiện tốt phương châm hành động của Tỉnh ủy “Đoàn kết, Kỷ cương, Hành động, Sáng tạo, Đột phá, Phát triển”, gương mẫu trong tuyên truyền, vận động, hướng dẫn và đi đầu thực hiện các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước;…",
      isCore: true,
    },
    {
      key: "62kdukfollower04",
      group: "follower",
      title: "Học tập, tuyên truyền tư tưởng Hồ Chí Minh",
      body: "tham gia, thực hiện việc học tập, tuyên truyền nội dung tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhất là nội dung về “ý chí”, “khát vọng”, “tự lực”, “tự cường”, “Khát vọng phát triển đất nước”, “trách nhiệm của mỗi người dân Việt Nam trong sự nghiệp xây dựng và bảo vệ Tổ quốc” cho cán bộ, đảng viên, đoàn viên. Tích cực thực hiện chuẩn mực đạo đức của cơ quan;…",
      isCore: true,
    },
    {
      key: "62kdukfollower05",
      group: "follower",
      title: "Bản thân, gia đình gương mẫu",
      body: "bản thân, gia đình gương mẫu chấp hành nghiêm các quy định và tích cực tham gia các phong trào của đơn vị. Chủ động, tích cực phát triển kinh tế gia đình, làm giàu chính đáng, xây dựng gia đình văn hóa, hạnh phúc;…",
      isCore: true,
    },
    {
      key: "62kdukfollower06",
      group: "follower",
      title: "Học tập, nâng cao trình độ; chấp hành nội quy",
      body: "tích cực học tập, rèn luyện nâng cao trình độ chính trị, chuyên môn, nghiệp vụ. Chấp hành nghiêm nội quy, quy chế của đơn vị;…",
      isCore: true,
    },
  ],
};

/** The template library, in display order. */
export const CRITERIA_TEMPLATES: readonly CriteriaTemplate[] = [TEMPLATE_62_KH_DUK];

export function findTemplate(id: string): CriteriaTemplate | undefined {
  return CRITERIA_TEMPLATES.find((t) => t.id === id);
}
