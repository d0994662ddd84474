/**
 * Demo tenants for `npm start` (local only). `tra-vinh` is modelled on seed 000: the school
 * party committee of Trường Chính trị tỉnh Trà Vinh under the bloc committee of provincial
 * agencies and enterprises. All names are invented.
 */

export interface DemoUnit {
  key: string;
  parent: string | null;
  kind: "province" | "district" | "bloc" | "grassroots" | "cell" | "group";
  code: string;
  name: string;
}

export interface DemoPerson {
  card: string;
  fullName: string;
  gender: "nam" | "nu";
  birthDate: string;
  joinedDate: string;
  officialDate: string | null;
  cell: string;
  partyPositions: string[];
  govPositions: string[];
}

export interface DemoAccount {
  login: string;
  displayName: string;
  role: "admin" | "secretary" | "member";
  unit: string;
  /** Card number of the member record this account belongs to, if any. */
  card?: string;
}

export interface DemoTenant {
  slug: string;
  name: string;
  kind: string;
  province: string;
  binding: string;
  units: DemoUnit[];
  people: DemoPerson[];
  accounts: DemoAccount[];
}

export const DEMO_PASSWORD = "guongmau-demo";

const TV_UNITS: DemoUnit[] = [
  { key: "tinh", parent: null, kind: "province", code: "TV", name: "Đảng bộ tỉnh Trà Vinh" },
  {
    key: "khoi",
    parent: "tinh",
    kind: "bloc",
    code: "TV-DUK",
    name: "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh",
  },
  { key: "truong", parent: "khoi", kind: "grassroots", code: "TV-TCT", name: "Đảng bộ Trường Chính trị" },
  { key: "cb1", parent: "truong", kind: "cell", code: "TV-TCT-XDD", name: "Chi bộ Khoa Xây dựng Đảng" },
  { key: "cb2", parent: "truong", kind: "cell", code: "TV-TCT-LLCS", name: "Chi bộ Khoa Lý luận cơ sở" },
  {
    key: "cb3",
    parent: "truong",
    kind: "cell",
    code: "TV-TCT-NNPL",
    name: "Chi bộ Khoa Nhà nước và Pháp luật",
  },
  {
    key: "cb4",
    parent: "truong",
    kind: "cell",
    code: "TV-TCT-TCHC",
    name: "Chi bộ Phòng Tổ chức - Hành chính",
  },
  { key: "cb5", parent: "truong", kind: "cell", code: "TV-TCT-QLDT", name: "Chi bộ Phòng Quản lý đào tạo" },
];

type P = [string, "nam" | "nu", string, string, string[], string[]];
const p = (card: number, [fullName, gender, birthDate, cell, party, gov]: P): DemoPerson => ({
  card: `79.${String(100200 + card).padStart(6, "0")}`,
  fullName,
  gender,
  birthDate,
  joinedDate: `${Number(birthDate.slice(0, 4)) + 24}-05-19`,
  officialDate: `${Number(birthDate.slice(0, 4)) + 25}-05-19`,
  cell,
  partyPositions: party,
  govPositions: gov,
});

// 23 people in group 1 (the positions seed 000 lists) and 16 ordinary members.
const TV_PEOPLE: DemoPerson[] = (
  [
    ["Thạch Minh Quang", "nam", "1972-03-14", "cb4", ["Bí thư Đảng ủy"], ["Hiệu trưởng"]],
    ["Nguyễn Thị Thu Hà", "nu", "1975-08-02", "cb5", ["Phó Bí thư Đảng ủy"], ["Phó Hiệu trưởng"]],
    ["Lê Văn Đức", "nam", "1978-11-20", "cb1", ["Ủy viên Ban Chấp hành Đảng bộ"], ["Phó Hiệu trưởng"]],
    ["Trần Thị Ngọc Ánh", "nu", "1980-01-09", "cb2", ["Ủy viên Ban Chấp hành Đảng bộ"], ["Trưởng khoa"]],
    ["Kim Sô Phon", "nam", "1979-06-30", "cb3", ["Ủy viên Ban Chấp hành Đảng bộ"], ["Trưởng khoa"]],
    ["Phạm Văn Hùng", "nam", "1976-04-17", "cb1", ["Bí thư chi bộ"], ["Trưởng khoa"]],
    ["Đặng Thị Mỹ Linh", "nu", "1984-09-05", "cb1", ["Phó Bí thư chi bộ"], ["Phó Trưởng khoa"]],
    ["Huỳnh Văn Tâm", "nam", "1982-12-12", "cb1", ["Chi ủy viên"], []],
    ["Võ Thị Kim Ngân", "nu", "1983-02-22", "cb2", ["Bí thư chi bộ"], ["Phó Trưởng khoa"]],
    ["Sơn Thị Sa Rươne", "nu", "1986-07-01", "cb2", ["Phó Bí thư chi bộ"], []],
    ["Dương Minh Trí", "nam", "1985-10-10", "cb2", ["Chi ủy viên"], []],
    ["Nguyễn Văn Thắng", "nam", "1977-05-25", "cb3", ["Bí thư chi bộ"], ["Phó Trưởng khoa"]],
    ["Lâm Thị Bích Tuyền", "nu", "1987-03-03", "cb3", ["Phó Bí thư chi bộ"], []],
    ["Trương Công Danh", "nam", "1981-08-18", "cb3", ["Chi ủy viên"], []],
    ["Hồ Thị Thanh Thảo", "nu", "1979-12-01", "cb4", ["Bí thư chi bộ"], ["Trưởng phòng"]],
    ["Mai Văn Lộc", "nam", "1983-06-06", "cb4", ["Phó Bí thư chi bộ"], ["Phó Trưởng phòng"]],
    ["Thạch Thị Sô Phia", "nu", "1988-04-14", "cb4", ["Chi ủy viên"], []],
    ["Lý Văn Phước", "nam", "1980-09-09", "cb5", ["Bí thư chi bộ"], ["Trưởng phòng"]],
    ["Châu Thị Mộng Tuyền", "nu", "1986-11-11", "cb5", ["Phó Bí thư chi bộ"], ["Phó Trưởng phòng"]],
    ["Kiên Văn Sang", "nam", "1987-01-27", "cb5", ["Chi ủy viên"], []],
    ["Ngô Thị Huyền Trang", "nu", "1985-05-15", "cb1", [], ["Phó Trưởng khoa"]],
    ["Bùi Quốc Việt", "nam", "1984-02-08", "cb2", [], ["Phó Trưởng khoa"]],
    ["Tô Thị Diễm My", "nu", "1989-10-20", "cb3", [], ["Phó Trưởng khoa"]],
    ["Nguyễn Hoàng Nam", "nam", "1990-03-12", "cb1", [], []],
    ["Trần Thị Kiều Oanh", "nu", "1991-07-07", "cb1", [], []],
    ["Lê Thành Đạt", "nam", "1992-12-24", "cb1", [], []],
    ["Phan Thị Yến Nhi", "nu", "1993-05-05", "cb2", [], []],
    ["Thạch Sa Ran", "nam", "1990-08-08", "cb2", [], []],
    ["Đỗ Thị Cẩm Tú", "nu", "1994-01-19", "cb2", [], []],
    ["Vương Văn Khánh", "nam", "1988-06-16", "cb3", [], []],
    ["Hà Thị Thu Trinh", "nu", "1992-09-29", "cb3", [], []],
    ["Lưu Quang Vinh", "nam", "1995-02-02", "cb3", [], []],
    ["Trịnh Thị Mai Anh", "nu", "1989-04-30", "cb4", [], []],
    ["Kim Thị Chanh Đa", "nu", "1993-11-03", "cb4", [], []],
    ["Đoàn Văn Bảo", "nam", "1991-01-01", "cb4", [], []],
    ["Cao Thị Hồng Nhung", "nu", "1990-12-12", "cb5", [], []],
    ["Phùng Văn Toàn", "nam", "1994-07-21", "cb5", [], []],
    ["Lạc Thị Thu Sương", "nu", "1992-03-08", "cb5", [], []],
    ["Ông Văn Hiếu", "nam", "1996-09-02", "cb5", [], []],
  ] as P[]
).map((row, i) => p(i + 1, row));

const secretaryLogin = (cell: string) => `bithu.${cell}`;

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: "tra-vinh",
    name: "Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh Trà Vinh",
    kind: "Đảng ủy Khối",
    province: "Trà Vinh",
    binding: "DB_POOL_1",
    units: TV_UNITS,
    people: TV_PEOPLE,
    accounts: [
      { login: "admin", displayName: "Quản trị Đảng ủy Khối", role: "admin", unit: "tinh" },
      {
        login: "bithu.truong",
        displayName: "Thạch Minh Quang",
        role: "secretary",
        unit: "truong",
        card: "79.100201",
      },
      ...["cb1", "cb2", "cb3", "cb4", "cb5"].map((cell) => {
        const sec = TV_PEOPLE.find((x) => x.cell === cell && x.partyPositions.includes("Bí thư chi bộ"))!;
        return {
          login: secretaryLogin(cell),
          displayName: sec.fullName,
          role: "secretary" as const,
          unit: cell,
          card: sec.card,
        };
      }),
      {
        login: "dangvien.nam",
        displayName: "Nguyễn Hoàng Nam",
        role: "member",
        unit: "cb1",
        card: "79.100224",
      },
    ],
  },
  {
    slug: "kon-tum",
    name: "Đảng bộ tỉnh Kon Tum",
    kind: "Tỉnh ủy",
    province: "Kon Tum",
    binding: "DB_DEDICATED_1",
    units: [
      { key: "tinh", parent: null, kind: "province", code: "KT", name: "Đảng bộ tỉnh Kon Tum" },
      { key: "tp", parent: "tinh", kind: "district", code: "KT-TP", name: "Đảng bộ thành phố Kon Tum" },
      { key: "dh", parent: "tinh", kind: "district", code: "KT-DH", name: "Đảng bộ huyện Đắk Hà" },
      { key: "px", parent: "tp", kind: "grassroots", code: "KT-TP-QT", name: "Đảng bộ phường Quang Trung" },
      { key: "cb1", parent: "px", kind: "cell", code: "KT-TP-QT-1", name: "Chi bộ Tổ dân phố 1" },
      { key: "cb2", parent: "px", kind: "cell", code: "KT-TP-QT-2", name: "Chi bộ Tổ dân phố 2" },
      { key: "xa", parent: "dh", kind: "grassroots", code: "KT-DH-DM", name: "Đảng bộ xã Đắk Mar" },
      { key: "cb3", parent: "xa", kind: "cell", code: "KT-DH-DM-1", name: "Chi bộ thôn 1" },
    ],
    people: (
      [
        ["A Thuông", "nam", "1975-02-10", "cb1", ["Bí thư chi bộ"], []],
        ["Y Hoa", "nu", "1982-06-18", "cb1", ["Phó Bí thư chi bộ"], []],
        ["Nguyễn Văn Bình", "nam", "1988-09-09", "cb1", [], []],
        ["Trần Thị Hạnh", "nu", "1990-04-04", "cb2", ["Bí thư chi bộ"], []],
        ["Lê Văn Sơn", "nam", "1986-12-30", "cb2", [], []],
        ["A Blông", "nam", "1979-07-07", "cb3", ["Bí thư chi bộ"], []],
        ["Y Ngọc", "nu", "1993-03-15", "cb3", [], []],
      ] as P[]
    ).map((row, i) => ({ ...p(i + 1, row), card: `62.${String(300100 + i + 1).padStart(6, "0")}` })),
    accounts: [
      { login: "admin", displayName: "Quản trị Tỉnh ủy Kon Tum", role: "admin", unit: "tinh" },
      { login: "bithu.cb1", displayName: "A Thuông", role: "secretary", unit: "cb1", card: "62.300101" },
      { login: "bithu.cb3", displayName: "A Blông", role: "secretary", unit: "cb3", card: "62.300106" },
    ],
  },
];
