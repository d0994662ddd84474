import { z } from "@hono/zod-openapi";
import { timestamp, timestampInput, timestampOrNull } from "../../platform/api-fields";
import { Id } from "../../domain";

export const API_KEY_SCOPES = ["read", "write"] as const;

export const CreateApiKeyInput = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(2, "Tên khóa cần ít nhất 2 ký tự.")
      .max(80, "Tên khóa tối đa 80 ký tự.")
      .openapi({ description: "Who uses the key, e.g. the province's portal" }),
    scopes: z
      .array(z.enum(API_KEY_SCOPES, { error: "Quyền của khóa là read hoặc write." }))
      .min(1, "Chọn ít nhất một quyền.")
      .openapi({ description: "`read` allows GET; `write` also allows every other method" }),
    unitId: Id.nullable().optional().openapi({
      description: "Limit the key to this unit's subtree (like its secretary); omit for the whole tenant",
    }),
    expiresAt: timestampInput(
      "Thời điểm hết hạn cần theo RFC 3339 kèm múi giờ, ví dụ 2027-01-01T00:00:00+07:00.",
    )
      .nullable()
      .optional()
      .openapi({
        type: ["string", "null"],
        description: "When the key stops working (RFC 3339); omit for no expiry",
      }),
  })
  .openapi("CreateApiKeyInput");
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

export const ApiKeyOut = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: "The start of the key, to recognise it" }),
    scopes: z.array(z.enum(API_KEY_SCOPES)),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    createdBy: z.string(),
    createdAt: timestamp(),
    lastUsedAt: timestampOrNull(),
    expiresAt: timestampOrNull(),
    revokedAt: timestampOrNull(),
    status: z.enum(["active", "expired", "revoked"]),
  })
  .openapi("ApiKey");
export type ApiKeyOut = z.infer<typeof ApiKeyOut>;

export const CreatedApiKeyOut = ApiKeyOut.extend({
  key: z.string().openapi({ description: "The secret key, shown only in this answer" }),
}).openapi("CreatedApiKey");
export type CreatedApiKeyOut = z.infer<typeof CreatedApiKeyOut>;

export const CorsOriginsInput = z
  .strictObject({
    origins: z
      .array(z.string().max(200))
      .max(20, "Tối đa 20 nguồn.")
      .openapi({ description: "e.g. https://cong.tinh.gov.vn; the list replaces the previous one" }),
  })
  .openapi("CorsOriginsInput");

export const CorsOriginsOut = z.object({ origins: z.array(z.string()) }).openapi("CorsOrigins");
