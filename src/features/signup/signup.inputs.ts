import { z } from "@hono/zod-openapi";
import { timestamp } from "../../platform/api-fields";
import { passwordProblem } from "../../platform/passwords";
import { RESERVED_SLUGS } from "../../platform/provisioning";
import { Login } from "../accounts";

/** Kinds of committee that sign up, with the kind of the root unit their tree starts from. */
export const COMMITTEE_KINDS = [
  { label: "Tỉnh ủy", root: "province" },
  { label: "Thành ủy", root: "province" },
  { label: "Đảng ủy Khối", root: "bloc" },
  { label: "Huyện ủy", root: "district" },
  { label: "Quận ủy", root: "district" },
  { label: "Thị ủy", root: "district" },
  { label: "Đảng ủy xã", root: "grassroots" },
  { label: "Đảng ủy phường", root: "grassroots" },
  { label: "Đảng ủy cơ sở", root: "grassroots" },
] as const;

export const KIND_LABELS = COMMITTEE_KINDS.map((k) => k.label) as unknown as readonly [string, ...string[]];

/** The 34 provinces and centrally-run cities after the 2025 merger, plus central bodies. */
export const PROVINCES = [
  "Thành phố Hà Nội",
  "Thành phố Hồ Chí Minh",
  "Thành phố Hải Phòng",
  "Thành phố Huế",
  "Thành phố Đà Nẵng",
  "Thành phố Cần Thơ",
  "An Giang",
  "Bắc Ninh",
  "Cà Mau",
  "Cao Bằng",
  "Đắk Lắk",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Tĩnh",
  "Hưng Yên",
  "Khánh Hòa",
  "Lai Châu",
  "Lâm Đồng",
  "Lạng Sơn",
  "Lào Cai",
  "Nghệ An",
  "Ninh Bình",
  "Phú Thọ",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sơn La",
  "Tây Ninh",
  "Thái Nguyên",
  "Thanh Hóa",
  "Tuyên Quang",
  "Vĩnh Long",
  "Cơ quan Trung ương",
] as const;

/** How many members a tenant may hold until an operator verifies it. */
export const MEMBER_CAP_UNVERIFIED = 300;

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
    expiresAt: timestamp(),
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
