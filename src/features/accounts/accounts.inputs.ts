import { CardNumber, Id, ROLES } from "../../domain";
import { timestamp, timestampOrNull } from "../../platform/api-fields";
import { z } from "@hono/zod-openapi";
import { limitQuery } from "../../platform/query-params";

/** Logins are a phone number, an e-mail or a username; stored lower-case. */
export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Tên đăng nhập cần ít nhất 3 ký tự.")
  .max(100, "Tên đăng nhập tối đa 100 ký tự.")
  .regex(/^[a-z0-9._@+-]+$/, "Tên đăng nhập chỉ gồm chữ không dấu, số và . _ @ + -");

const displayName = z
  .string()
  .trim()
  .min(2, "Họ tên cần ít nhất 2 ký tự.")
  .max(120, "Họ tên tối đa 120 ký tự.");

export const CreateAccountInput = z
  .strictObject({
    login: Login,
    displayName,
    role: z.enum(ROLES, { error: "Vai trò không hợp lệ." }),
    unitId: Id.nullable().optional(),
    cardNumber: CardNumber.optional().openapi({
      description:
        "Party card number of the person's member record: the account is linked to it (and takes its unit when none is given). 400 when no member record in scope has it, or it already has an account.",
    }),
  })
  .openapi("CreateAccountInput");
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const UpdateAccountInput = z
  .strictObject({
    displayName: displayName.optional(),
    role: z.enum(ROLES, { error: "Vai trò không hợp lệ." }).optional(),
    unitId: Id.nullable().optional(),
    status: z.enum(["active", "disabled"], { error: "Trạng thái không hợp lệ." }).optional(),
    version: z.number().int().positive(),
  })
  .openapi("UpdateAccountInput");
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

export const AccountOut = z
  .object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    memberId: z.string().nullable(),
    memberName: z.string().nullable(),
    memberCardNumber: z.string().nullable(),
    status: z.enum(["active", "disabled"]),
    hasPassword: z.boolean(),
    lastLoginAt: timestampOrNull(),
    version: z.number(),
    createdAt: timestamp(),
  })
  .openapi("Account");
export type AccountOut = z.infer<typeof AccountOut>;

export const LinkMemberInput = z
  .strictObject({
    cardNumber: CardNumber.optional(),
    memberId: Id.optional(),
    version: z.number().int().positive(),
  })
  .refine((v) => (v.cardNumber === undefined) !== (v.memberId === undefined), {
    message: "Cần nhập số thẻ đảng viên (hoặc mã hồ sơ đảng viên), chỉ một trong hai.",
    path: ["cardNumber"],
  })
  .openapi("LinkMemberInput");
export type LinkMemberInput = z.infer<typeof LinkMemberInput>;

export const SetupLinkOut = z
  .object({ url: z.string(), path: z.string(), expiresAt: timestamp() })
  .openapi("SetupLink");
export type SetupLinkOut = z.infer<typeof SetupLinkOut>;

export const ListAccountsQuery = z.object({
  unitId: Id.optional(),
  cursor: z.string().max(200).optional(),
  limit: limitQuery(50),
});
