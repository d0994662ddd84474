// What the console shows of a tenant's tables and of an audit row's details: Vietnamese names, and
// values as people read them (dates dd/mm/yyyy, numbers with Vietnamese separators), never raw JSON.
import type { FC } from "hono/jsx";
import { formatDateTime, formatNumber } from "../../../ui/format";
import { JOB_KIND_LABEL } from "../../lifecycle";
import { STATUS_LABEL } from "./console-common";

/** Every tenant table by its Vietnamese name (an unknown one shows its own name). */
export const TABLE_LABEL: Record<string, string> = {
  accounts: "Tài khoản",
  api_keys: "Khóa API",
  audit_log: "Nhật ký thao tác",
  commendations: "Khen thưởng",
  criteria: "Tiêu chí",
  criteria_focus_issues: "Nội dung trọng tâm, đột phá",
  criteria_set_versions: "Phiên bản khung tiêu chí",
  criteria_sets: "Khung tiêu chí",
  criteria_year_themes: "Chuyên đề năm",
  cycles: "Chu kỳ năm",
  evaluation_settings: "Cấu hình đánh giá",
  evaluations: "Đánh giá, xếp loại",
  events: "Sự kiện cho tích hợp",
  exemplar_model_files: "Tệp minh chứng của mô hình",
  exemplar_model_years: "Tình trạng mô hình theo năm",
  exemplar_models: "Mô hình, điển hình",
  exemplar_settings: "Cấu hình mô hình",
  idempotency_keys: "Khóa chống gửi lặp",
  import_jobs: "Lượt nhập tệp",
  meeting_remarks: "Biểu dương, phê bình",
  meetings: "Sinh hoạt chi bộ",
  member_group_history: "Lịch sử nhóm của đảng viên",
  member_group_rules: "Quy tắc xếp nhóm",
  member_imports: "Lượt nhập danh sách đảng viên",
  member_transfers: "Chuyển sinh hoạt",
  members: "Đảng viên",
  notebook_comments: "Nhận xét sổ tay",
  notebook_entries: "Sổ tay",
  notifications: "Thông báo",
  plan_events: "Lịch sử kế hoạch",
  plan_items: "Nội dung kế hoạch",
  plans: "Bản đăng ký, kế hoạch",
  report_documents: "Văn bản báo cáo",
  sessions: "Phiên đăng nhập",
  setup_tokens: "Liên kết đặt mật khẩu",
  study_conferences: "Hội nghị học tập",
  tenant_state: "Trạng thái đơn vị",
  unit_counters: "Số liệu tổng hợp theo đơn vị",
  units: "Tổ chức đảng",
  webhook_deliveries: "Lượt gửi webhook",
  webhook_endpoints: "Địa chỉ nhận webhook",
};

export const tableLabel = (name: string) => TABLE_LABEL[name] ?? name;

/** The keys that audit rows of the console carry. */
const KEY_LABEL: Record<string, string> = {
  before: "Trước",
  after: "Sau",
  status: "Trạng thái",
  memberCap: "Giới hạn đảng viên",
  graceDays: "Số ngày chờ",
  runAfter: "Xóa từ",
  from: "Từ cơ sở dữ liệu",
  to: "Đến cơ sở dữ liệu",
  binding: "Cơ sở dữ liệu",
  job: "Mã tác vụ",
  rows: "Số dòng",
  databases: "Các cơ sở dữ liệu",
  tenants: "Số đơn vị",
  kind: "Loại tác vụ",
  failures: "Số lần sai",
  until: "Khóa đến",
  ip: "Địa chỉ IP",
};

/** Keys whose numbers are instants (epoch ms). */
const INSTANT = /(At|After|Until|until)$/;

function text(key: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "Có" : "Không";
  if (typeof v === "number") return INSTANT.test(key) ? formatDateTime(v) : formatNumber(v);
  if (typeof v === "string") {
    if (key === "status") return STATUS_LABEL[v] ?? v;
    if (key === "kind") return JOB_KIND_LABEL[v as keyof typeof JOB_KIND_LABEL] ?? v;
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => text(key, x)).join(", ");
  return "";
}

/** An audit row's details as a list of Vietnamese labels and readable values (nested objects indent). */
export const Details: FC<{ detail: unknown }> = ({ detail }) => {
  if (detail === null || detail === undefined) return null;
  if (typeof detail !== "object" || Array.isArray(detail)) return <>{text("", detail)}</>;
  return (
    <dl class="kv kv-compact">
      {Object.entries(detail as Record<string, unknown>).map(([k, v]) => (
        <>
          <dt>{KEY_LABEL[k] ?? k}</dt>
          <dd>
            {v && typeof v === "object" && !Array.isArray(v) ? (
              <Details detail={v} />
            ) : k === "memberCap" && v === null ? (
              "Không giới hạn"
            ) : (
              text(k, v)
            )}
          </dd>
        </>
      ))}
    </dl>
  );
};
