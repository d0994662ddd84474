/** The closed set of error codes a service may raise, with their HTTP status. */
export const ERROR_STATUS = {
  validation: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  read_only: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  locked: 423,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const TITLES: Record<ErrorCode, string> = {
  validation: "Invalid input",
  bad_request: "Bad request",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  conflict: "Conflict",
  read_only: "Tenant is read-only",
  gone: "Gone",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  unprocessable: "Unprocessable request",
  locked: "Locked",
  rate_limited: "Too many requests",
  internal: "Internal error",
};

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  validation: "Dữ liệu nhập chưa hợp lệ.",
  bad_request: "Yêu cầu không hợp lệ.",
  unauthenticated: "Vui lòng đăng nhập.",
  forbidden: "Đồng chí không có quyền thực hiện thao tác này.",
  not_found: "Không tìm thấy nội dung yêu cầu.",
  method_not_allowed: "Phương thức không được hỗ trợ.",
  conflict: "Thao tác không hợp lệ ở trạng thái hiện tại.",
  read_only: "Đơn vị đang ở chế độ chỉ đọc trong lúc bảo trì dữ liệu. Vui lòng thử lại sau ít phút.",
  gone: "Nội dung không còn hiệu lực.",
  payload_too_large: "Dữ liệu gửi lên quá lớn.",
  unsupported_media_type: "Định dạng dữ liệu không được hỗ trợ.",
  unprocessable: "Yêu cầu không thể xử lý.",
  locked: "Tài khoản đang bị tạm khóa.",
  rate_limited: "Đồng chí thao tác quá nhanh. Vui lòng thử lại sau.",
  internal: "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.",
};

/** The one error type services throw; adapters map it to problem+json or a Vietnamese page. */
export class ServiceError extends Error {
  readonly status: number;
  /** Seconds until a refused request may be tried again (a 429's Retry-After header). */
  retryAfter?: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: Record<string, string>,
    options?: { cause?: unknown },
  ) {
    super(message ?? DEFAULT_MESSAGES[code], options);
    this.status = ERROR_STATUS[code];
  }
  get title(): string {
    return TITLES[this.code];
  }
}

export const notFound = (message?: string) => new ServiceError("not_found", message);
/** The first row of `query` (limited to one), or a 404 with `message`. */
export async function firstOr404<R>(
  query: { limit(n: number): PromiseLike<R[]> },
  message: string,
): Promise<R> {
  const row = (await query.limit(1))[0];
  if (!row) throw notFound(message);
  return row;
}
export const conflict = (message: string) => new ServiceError("conflict", message);
export const forbidden = (message?: string) => new ServiceError("forbidden", message);
export const invalid = (fields: Record<string, string>, message?: string) =>
  new ServiceError("validation", message, fields);

export const PROBLEM_BASE = "https://guongmau.vn/problems/";

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  requestId: string;
  errors?: Record<string, string>;
}

export function problemBody(err: ServiceError, requestId: string): ProblemBody {
  const body: ProblemBody = {
    type: PROBLEM_BASE + err.code.replaceAll("_", "-"),
    title: err.title,
    status: err.status,
    detail: err.message,
    code: err.code,
    requestId,
  };
  if (err.fields) body.errors = err.fields;
  return body;
}
