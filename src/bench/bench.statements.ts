// Bulk SQL of the bench generator: every statement derives rows from cell numbers with a
// recursive CTE (no per-row round trip), so a chunk of cells is one D1 call per table.
// Ids are deterministic (16 chars): a kind prefix, the tenant's 2-char tag, the zero-padded number.

export const CELLS_PER_GRASSROOTS = 20;
/** Members of cell i: 10–60, mean 35. */
export const cellSize = (i: number) => 10 + ((i * 37) % 51);
export const cellCount = (size: number) => Math.max(1, Math.round(size / 35));

const SEQ = "seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)";
/** The bench tenant's cells in [from, to) by number, with their member count. */
const CELLS = `cells(id, path, i) AS (SELECT id, path, CAST(substr(id, 5) AS INTEGER) FROM units
  WHERE tenant_id = ?1 AND kind = 'cell' AND id >= 'uc' || ?8 || printf('%012d', ?2) AND id < 'uc' || ?8 || printf('%012d', ?3))`;
/** Members of those cells; mi = the member number (cell*64 + n). */
const MEMBERS = `mem AS (SELECT m.id, m.unit_id, c.path, m.member_group AS grp, CAST(substr(m.id, 4) AS INTEGER) AS mi
  FROM cells c JOIN members m ON m.tenant_id = ?1 AND m.unit_id = c.id)`;

export const TREE_SQL = [
  // districts and blocs under the root (?2 root id, ?3 district count, ?4 now)
  `WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n + 1 < ?3)
   INSERT INTO units (id, tenant_id, parent_id, kind, code, name, search_key, path, depth, status, version, created_at, updated_at)
   SELECT 'ud' || ?8 || printf('%012d', n), ?1, ?2, CASE WHEN n % 2 = 0 THEN 'district' ELSE 'bloc' END, 'H' || printf('%03d', n),
     CASE WHEN n % 2 = 0 THEN 'Đảng bộ huyện số ' ELSE 'Đảng bộ khối số ' END || (n + 1),
     CASE WHEN n % 2 = 0 THEN 'dang bo huyen so ' ELSE 'dang bo khoi so ' END || (n + 1),
     '/' || ?2 || '/ud' || printf('%014d', n) || '/', 1, 'active', 1, ?4, ?4 FROM d`,
  // grassroots (?3 district count, ?5 grassroots count)
  `WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n + 1 < ?5)
   INSERT INTO units (id, tenant_id, parent_id, kind, code, name, search_key, path, depth, status, version, created_at, updated_at)
   SELECT 'ug' || ?8 || printf('%012d', n), ?1, 'ud' || ?8 || printf('%012d', n % ?3), 'grassroots', 'CS' || printf('%05d', n),
     'Đảng bộ cơ sở số ' || (n + 1), 'dang bo co so so ' || (n + 1),
     '/' || ?2 || '/ud' || printf('%014d', n % ?3) || '/ug' || printf('%014d', n) || '/', 2, 'active', 1, ?4, ?4 FROM g`,
  // cells (?6 cell count); ?7 cells per grassroots
  `WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n + 1 < ?6)
   INSERT INTO units (id, tenant_id, parent_id, kind, code, name, search_key, path, depth, status, version, created_at, updated_at)
   SELECT 'uc' || ?8 || printf('%012d', c.n), ?1, g.id, 'cell', 'CB' || printf('%06d', c.n),
     'Chi bộ số ' || (c.n + 1), 'chi bo so ' || (c.n + 1), g.path || 'uc' || ?8 || printf('%012d', c.n) || '/', 3, 'active', 1, ?4, ?4
   FROM c JOIN units g ON g.tenant_id = ?1 AND g.id = 'ug' || ?8 || printf('%012d', c.n / ?7)`,
];

/** Params of every chunk statement: ?1 tenant, ?2 first cell, ?3 end cell, ?4 now, ?5 cycle id, ?6 year, ?7 criteria JSON, ?8 the tenant's 2-char id tag. */
export const CHUNK_SQL = [
  `WITH RECURSIVE ${SEQ}, ${CELLS}
   INSERT INTO members (id, tenant_id, card_number, full_name, search_key, sort_key, birth_date, gender, unit_id, join_date,
     official_date, status, party_positions, gov_positions, position_group, member_group, version, created_at, updated_at)
   SELECT 'm' || ?8 || printf('%013d', c.i * 64 + s.n), ?1, printf('%09d', c.i * 64 + s.n), nm.full_name, nm.search_key, nm.sort_key,
     printf('%04d-%02d-%02d', 1960 + (c.i + s.n) % 40, 1 + s.n % 12, 1 + c.i % 28), CASE WHEN s.n % 2 = 0 THEN 'Nữ' ELSE 'Nam' END,
     c.id, printf('%04d-05-19', 1985 + (c.i + s.n) % 38), printf('%04d-05-19', 1986 + (c.i + s.n) % 38), 'official',
     CASE WHEN s.n = 1 THEN '["cell_secretary"]' ELSE '[]' END, '[]',
     CASE WHEN s.n <= 3 THEN 'exemplar' ELSE 'follower' END, CASE WHEN s.n <= 3 THEN 'exemplar' ELSE 'follower' END, 1, ?4, ?4
   FROM cells c JOIN seq s ON s.n <= 10 + (c.i * 37) % 51
   JOIN _bench_names nm ON nm.k = ((c.i * 64 + s.n) * 7919) % (SELECT count(*) FROM _bench_names)`,
  // plans: 5 % draft (kept for the submit bench), 5 % submitted, 5 % returned, the rest confirmed
  `WITH RECURSIVE ${CELLS}, ${MEMBERS}
   INSERT INTO plans (id, tenant_id, cycle_id, year, member_id, unit_id, unit_path, grp, status, registration,
     first_submitted_at, submitted_at, returned_at, returned_by_label, return_comment, confirmed_at, confirmed_by_label,
     meeting_date, minutes_number, version, created_at, updated_at)
   SELECT 'p' || substr(id, 2), ?1, ?5, ?6, id, unit_id, path, grp,
     CASE mi % 20 WHEN 2 THEN 'draft' WHEN 0 THEN 'submitted' WHEN 1 THEN 'returned' ELSE 'confirmed' END,
     'Đăng ký phấn đấu hoàn thành xuất sắc nhiệm vụ, giữ gìn phẩm chất, đạo đức, lối sống.',
     CASE WHEN mi % 20 = 2 THEN NULL ELSE ?4 END, CASE WHEN mi % 20 = 2 THEN NULL ELSE ?4 END,
     CASE WHEN mi % 20 = 1 THEN ?4 END, CASE WHEN mi % 20 = 1 THEN 'Bí thư chi bộ' END,
     CASE WHEN mi % 20 = 1 THEN 'Cần cụ thể hóa biện pháp và thời hạn.' END,
     CASE WHEN mi % 20 > 2 THEN ?4 END, CASE WHEN mi % 20 > 2 THEN 'Chi bộ' END,
     CASE WHEN mi % 20 > 2 THEN printf('%04d-02-10', ?6) END, CASE WHEN mi % 20 > 2 THEN '02/BB-CB' END, 1, ?4, ?4
   FROM mem`,
  // 4–6 items per plan, on the criteria of the member's group
  `WITH RECURSIVE ${SEQ}, ${CELLS}, ${MEMBERS},
   crit AS (SELECT json_extract(value, '$.g') AS g, json_extract(value, '$.n') AS k, json_extract(value, '$.key') AS ckey,
     json_extract(value, '$.id') AS cid, json_extract(value, '$.count') AS cnt FROM json_each(?7))
   INSERT INTO plan_items (id, tenant_id, plan_id, position, criterion_key, criterion_version_id, year_theme, commitment, measure,
     due_date, created_at, updated_at)
   SELECT 'i' || ?8 || printf('%013d', m.mi * 8 + s.n), ?1, 'p' || substr(m.id, 2), s.n - 1, cr.ckey, cr.cid, 0,
     'Gương mẫu thực hiện nội dung ' || s.n || ' của tiêu chí', 'Tự kiểm tra hằng tháng, báo cáo chi bộ hằng quý',
     printf('%04d-12-31', ?6), ?4, ?4
   FROM mem m JOIN seq s ON s.n <= 4 + m.mi % 3
   JOIN crit cr ON cr.g = m.grp AND cr.k = (s.n - 1) % cr.cnt`,
  // three notebook entries per member: mid-year (submitted), annual (draft), one free note
  `WITH RECURSIVE ${CELLS}, ${MEMBERS}, kinds(j, kind, status) AS (VALUES (0, 'midyear', 'submitted'), (1, 'annual', 'draft'), (2, 'free', 'submitted'))
   INSERT INTO notebook_entries (id, tenant_id, cycle_id, year, member_id, unit_id, unit_path, grp, kind, status, title, body,
     strengths, shortcomings, remedies, progress_json, submitted_at, version, created_at, updated_at)
   SELECT 'n' || ?8 || printf('%013d', m.mi * 4 + k.j), ?1, ?5, ?6, m.id, m.unit_id, m.path, m.grp, k.kind, k.status,
     CASE k.kind WHEN 'free' THEN 'Ghi chép tháng' ELSE '' END, 'Đã thực hiện đúng kế hoạch đăng ký.',
     'Gương mẫu, đúng giờ.', 'Còn chậm cập nhật sổ tay.', 'Sắp xếp thời gian hợp lý.', '[]',
     CASE WHEN k.status = 'submitted' THEN ?4 END, 1, ?4, ?4
   FROM mem m CROSS JOIN kinds k`,
  // four meetings per cell
  `WITH RECURSIVE ${CELLS}, q(j) AS (VALUES (1), (2), (3), (4))
   INSERT INTO meetings (id, tenant_id, unit_id, unit_path, year, date, kind, minutes_number, topic, attendance, expected, notes,
     created_by_label, created_at, updated_at)
   SELECT 'mt' || ?8 || printf('%012d', c.i * 8 + q.j), ?1, c.id, c.path, ?6, printf('%04d-%02d-10', ?6, q.j * 3 - 1),
     CASE WHEN q.j = 3 THEN 'thematic' ELSE 'regular' END, printf('%02d/BB-CB', q.j), 'Sinh hoạt chi bộ quý ' || q.j,
     8 + (c.i * 37) % 51, 10 + (c.i * 37) % 51, '', 'Bí thư chi bộ', ?4, ?4
   FROM cells c CROSS JOIN q`,
  // evaluations: a third decided, a third self-assessed, a third open
  `WITH RECURSIVE ${CELLS}, ${MEMBERS}
   INSERT INTO evaluations (id, tenant_id, cycle_id, year, member_id, unit_id, unit_path, grp, cap_unit_id, status, self_level,
     self_at, cell_level, cell_at, decided_level, decided_at, decided_by_label, version, created_at, updated_at)
   SELECT 'e' || substr(m.id, 2), ?1, ?5, ?6, m.id, m.unit_id, m.path, m.grp, substr(m.path, 36, 16),
     CASE WHEN m.mi % 3 = 0 THEN 'decided' ELSE 'open' END,
     CASE WHEN m.mi % 3 < 2 THEN CASE WHEN m.mi % 7 = 0 THEN 'xuat_sac' ELSE 'tot' END END, CASE WHEN m.mi % 3 < 2 THEN ?4 END,
     CASE WHEN m.mi % 3 = 0 THEN 'tot' END, CASE WHEN m.mi % 3 = 0 THEN ?4 END,
     CASE WHEN m.mi % 3 = 0 THEN CASE WHEN m.mi % 7 = 0 THEN 'xuat_sac' WHEN m.mi % 11 = 0 THEN 'hoan_thanh' ELSE 'tot' END END,
     CASE WHEN m.mi % 3 = 0 THEN ?4 END, CASE WHEN m.mi % 3 = 0 THEN 'Đảng ủy cơ sở' END, 1, ?4, ?4
   FROM mem m`,
];
