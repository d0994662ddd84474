import { ServiceError } from "./errors";

/** A string is acceptable input when it is well-formed UTF-16 and has no NUL. */
export function badString(s: string): boolean {
  return s.includes("\u0000") || !s.isWellFormed();
}

/** NFC-normalises every string in a parsed JSON / form value; rejects NUL and lone surrogates. */
export function normaliseDeep<T>(value: T, path = ""): T {
  if (typeof value === "string") {
    if (badString(value))
      throw new ServiceError("validation", "Dữ liệu chứa ký tự không hợp lệ.", {
        [path || "body"]: "Chứa ký tự không hợp lệ (NUL hoặc mã Unicode hỏng).",
      });
    return value.normalize("NFC") as T;
  }
  if (Array.isArray(value))
    return value.map((v, i) => normaliseDeep(v, `${path}${path ? "." : ""}${i}`)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = normaliseDeep(k, path);
      out[key] = normaliseDeep(v, `${path}${path ? "." : ""}${key}`);
    }
    return out as T;
  }
  return value;
}

/** Diacritic-free, lower-case search key: "Nguyễn Văn Đức" → "nguyen van duc". */
export function searchKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Escapes LIKE wildcards so that `%` and `_` in user text match literally (use ESCAPE '\\'). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}
