import { z } from "@hono/zod-openapi";
import { passwordProblem } from "../../platform/passwords";
import { RESERVED_SLUGS } from "../../platform/provisioning";
import { Login } from "../accounts";
import { KIND_LABELS, PROVINCES } from "./signup.data";

/** "0913 456 789", "+84 913.456.789" → "0913456789"; mobile (0[35789]…) or landline (02…). */
export function normalisePhone(raw: string): string {
  const digits = raw.replace(/[\s.\-()]/g, "");
  return digits.startsWith("+84")
    ? `0${digits.slice(3)}`
    : digits.startsWith("84") && digits.length === 11
      ? `0${digits.slice(2)}`
      : digits;
}
const PHONE = /^(0[35789]\d{8}|02\d{9})$/;

export const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Địa chỉ cần ít nhất 3 ký tự.")
  .max(40, "Địa chỉ tối đa 40 ký tự.")
  .regex(/^[a-z0-9-]+$/, "Địa chỉ chỉ gồm chữ thường không dấu, số và dấu gạch ngang.")
  .refine(
    (s) => !s.startsWith("-") && !s.endsWith("-") && !s.includes("--"),
    "Dấu gạch ngang không ở đầu, cuối hoặc liền nhau.",
  )
  .refine((s) => !RESERVED_SLUGS.has(s), "Địa chỉ này được hệ thống dành riêng; vui lòng chọn địa chỉ khác.");

export const SignupInput = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(5, "Tên đơn vị cần ít nhất 5 ký tự.")
      .max(200, "Tên đơn vị tối đa 200 ký tự."),
    kind: z.enum(KIND_LABELS, { error: "Hãy chọn loại cấp ủy." }),
    province: z.enum(PROVINCES, { error: "Hãy chọn tỉnh, thành phố." }),
    slug: Slug,
    contactName: z.string().trim().min(2, "Họ tên cần ít nhất 2 ký tự.").max(120, "Họ tên tối đa 120 ký tự."),
    contactPhone: z
      .string()
      .max(30, "Số điện thoại không hợp lệ.")
      .transform(normalisePhone)
      .refine((p) => PHONE.test(p), "Số điện thoại không hợp lệ (ví dụ 0913 456 789 hoặc 0294 3855 123)."),
    adminLogin: Login,
    password: z.string().superRefine((p, ctx) => {
      const problem = passwordProblem(p);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
    challengeToken: z.string().max(300),
    challengeAnswer: z.string().trim().max(10, "Câu trả lời không hợp lệ."),
  })
  .openapi("SignupInput");
export type SignupInput = z.infer<typeof SignupInput>;

export const ChallengeOut = z
  .object({
    question: z.string().describe("A small arithmetic question in Vietnamese; answer with digits"),
    token: z.string().describe("Send back as challengeToken with the answer as challengeAnswer"),
    expiresAt: z.number(),
  })
  .openapi("SignupChallenge");

export const SignupOut = z
  .object({
    tenant: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      status: z.literal("unverified"),
      memberCap: z.number(),
    }),
    admin: z.object({ login: z.string() }),
    home: z.string().describe("The tenant's home page; the response also sets the session cookie"),
  })
  .openapi("SignupResult");
