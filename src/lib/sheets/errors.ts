export type SpreadsheetErrorCode = "corrupt" | "legacy_format" | "too_many_rows" | "not_utf8" | "too_large";

const MESSAGES: Record<SpreadsheetErrorCode, string> = {
  corrupt: "Tệp XLSX không hợp lệ hoặc bị hỏng.",
  legacy_format:
    "Tệp là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu. Vui lòng mở bằng Excel và lưu lại dưới dạng .xlsx (không đặt mật khẩu) hoặc CSV UTF-8.",
  too_many_rows: "Trang tính có quá nhiều dòng.",
  not_utf8: "Tệp CSV không phải UTF-8. Vui lòng lưu lại bằng “CSV UTF-8” hoặc dùng tệp XLSX.",
  too_large: "Tệp XLSX khi giải nén vượt giới hạn cho phép.",
};

/** An `Error` whose message can be shown to the user as is; `code` lets callers branch. */
export class SpreadsheetError extends Error {
  readonly code: SpreadsheetErrorCode;

  constructor(code: SpreadsheetErrorCode, message = MESSAGES[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SpreadsheetError";
    this.code = code;
  }
}
