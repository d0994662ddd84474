import { z } from "@hono/zod-openapi";
import { Id } from "../../domain/ids";
import { TENANT_STATUSES } from "./console.service";

export const OperatorLoginInput = z
  .strictObject({
    login: z.string().trim().toLowerCase().min(1, "Cần nhập tên đăng nhập.").max(100),
    password: z.string().min(1, "Cần nhập mật khẩu.").max(200),
  })
  .openapi("OperatorLoginInput");

export const TenantListQuery = z.object({
  status: z.enum(TENANT_STATUSES, { error: "Trạng thái không hợp lệ." }).optional(),
  q: z.string().trim().max(60, "Tối đa 60 ký tự.").optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});

export const VersionedInput = z
  .strictObject({ version: z.number().int().positive().optional() })
  .openapi("TenantVersionInput");

export const MoveInput = z
  .strictObject({
    binding: z.string().regex(/^DB_(POOL|DEDICATED)_\d+$/, "Tên cơ sở dữ liệu không hợp lệ."),
    drainSeconds: z.number().int().min(0).max(600).optional(),
  })
  .openapi("MoveTenantInput");

export const DeletionInput = z
  .strictObject({
    graceDays: z
      .number({ error: "Số ngày chờ phải là số." })
      .int("Số ngày chờ phải là số nguyên.")
      .min(0, "Tối thiểu 0 ngày.")
      .max(365, "Tối đa 365 ngày."),
  })
  .openapi("ScheduleDeletionInput");

export const TenantParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });
export const JobParam = z.object({
  id: Id.openapi({ param: { name: "id", in: "path" } }),
  jobId: Id.openapi({ param: { name: "jobId", in: "path" } }),
});
