import { z } from "@hono/zod-openapi";

export const LoginInput = z
  .strictObject({
    tenant: z
      .string()
      .trim()
      .toLowerCase()
      .min(2)
      .max(40)
      .regex(/^[a-z0-9-]+$/, "Mã đơn vị không hợp lệ."),
    login: z.string().trim().toLowerCase().min(1, "Cần nhập tên đăng nhập.").max(100),
    password: z.string().min(1, "Cần nhập mật khẩu.").max(200),
  })
  .openapi("LoginInput");
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z
  .strictObject({
    currentPassword: z.string().min(1, "Cần nhập mật khẩu hiện tại.").max(200),
    newPassword: z.string().max(200, "Mật khẩu quá dài (tối đa 200 ký tự)."),
  })
  .openapi("ChangePasswordInput");
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
