/** Kinds of committee that sign up, with the kind of the root unit their tree starts from. */
export const COMMITTEE_KINDS = [
  { label: "Tỉnh ủy", root: "province" },
  { label: "Thành ủy", root: "province" },
  { label: "Đảng ủy Khối", root: "bloc" },
  { label: "Huyện ủy", root: "district" },
  { label: "Quận ủy", root: "district" },
  { label: "Thị ủy", root: "district" },
  { label: "Đảng ủy xã", root: "grassroots" },
  { label: "Đảng ủy phường", root: "grassroots" },
  { label: "Đảng ủy cơ sở", root: "grassroots" },
] as const;

export const KIND_LABELS = COMMITTEE_KINDS.map((k) => k.label) as unknown as readonly [string, ...string[]];

/** The 34 provinces and centrally-run cities after the 2025 merger, plus central bodies. */
export const PROVINCES = [
  "Thành phố Hà Nội",
  "Thành phố Hồ Chí Minh",
  "Thành phố Hải Phòng",
  "Thành phố Huế",
  "Thành phố Đà Nẵng",
  "Thành phố Cần Thơ",
  "An Giang",
  "Bắc Ninh",
  "Cà Mau",
  "Cao Bằng",
  "Đắk Lắk",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Tĩnh",
  "Hưng Yên",
  "Khánh Hòa",
  "Lai Châu",
  "Lâm Đồng",
  "Lạng Sơn",
  "Lào Cai",
  "Nghệ An",
  "Ninh Bình",
  "Phú Thọ",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sơn La",
  "Tây Ninh",
  "Thái Nguyên",
  "Thanh Hóa",
  "Tuyên Quang",
  "Vĩnh Long",
  "Cơ quan Trung ương",
] as const;

export const MEMBER_CAP_UNVERIFIED = 300;
