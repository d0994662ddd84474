import type { z } from "@hono/zod-openapi";
import { ServiceError } from "./errors";

/**
 * Validates form values with the same zod schema the API uses; errors keyed by field. `also`: errors
 * the caller found itself (two passwords that differ), refused together with the schema's.
 */
export function parseForm<T extends z.ZodType>(
  schema: T,
  values: Record<string, unknown>,
  also: Record<string, string> = {},
): z.infer<T> {
  const cleaned: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v))) continue;
    cleaned[k] = v;
  }
  const r = schema.safeParse(cleaned);
  if (r.success && Object.keys(also).length === 0) return r.data;
  const fields: Record<string, string> = { ...also };
  if (r.success) throw new ServiceError("validation", "Dữ liệu nhập chưa hợp lệ.", fields);
  for (const issue of r.error.issues) {
    const key = issue.path.join(".") || "form";
    fields[key] ??=
      issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined
        ? "Trường này là bắt buộc."
        : issue.message;
  }
  throw new ServiceError("validation", "Dữ liệu nhập chưa hợp lệ.", fields);
}

/** The posted fields named, by name; one that was not posted stays undefined (parseForm drops it). */
export function pickFields<K extends string>(
  f: Record<string, string>,
  ...names: K[]
): Record<K, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, f[n]])) as Record<K, string | undefined>;
}
