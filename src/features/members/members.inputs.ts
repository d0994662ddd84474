import { z } from "@hono/zod-openapi";
import {
  CardNumber,
  CURRENT_STATUSES,
  MEMBER_STATUSES,
  MEMBER_STATUS_LABEL,
  type MemberStatus,
} from "../../domain/members";
import { viDate } from "../../platform/api-fields";
import { limitQuery, updatedSinceQuery } from "../../platform/query-params";
import { GOV_CODES, PARTY_CODES, POSITION_CODES } from "./members-positions.rules";

export { CURRENT_STATUSES, MEMBER_STATUSES, type MemberStatus };
export const STATUS_LABEL = MEMBER_STATUS_LABEL;

export const GENDERS = ["male", "female"] as const;
export const GENDER_LABEL: Record<(typeof GENDERS)[number], string> = { male: "Nam", female: "Nữ" };
import { GROUPS } from "../../domain/groups";
import { Id } from "../../domain/ids";
export { GROUPS };

export { CARD_RE, CardNumber, normaliseCard } from "../../domain/members";

export const FullName = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(2, "Họ và tên cần ít nhất 2 ký tự.").max(120, "Họ và tên tối đa 120 ký tự."));

/** A calendar date as dd/mm/yyyy or YYYY-MM-DD, not in the future; stored as YYYY-MM-DD. */
export const DateInput = viDate({
  invalid: "Ngày không hợp lệ (dạng dd/mm/yyyy).",
  from: "1900-01-01",
  to: "today",
  message: "Ngày không được ở tương lai hoặc trước năm 1900.",
  example: "19/05/2004",
});

const reason = z
  .string()
  .trim()
  .min(3, "Cần ghi lý do (ít nhất 3 ký tự).")
  .max(500, "Lý do tối đa 500 ký tự.");
const version = z.number().int().positive();
const partyPositions = z
  .array(z.enum(PARTY_CODES as [string, ...string[]], { error: "Chức vụ Đảng không có trong danh mục." }))
  .max(10);
const govPositions = z
  .array(
    z.enum(GOV_CODES as [string, ...string[]], { error: "Chức vụ chính quyền không có trong danh mục." }),
  )
  .max(10);
const gender = z.enum(GENDERS, { error: "Giới tính là Nam hoặc Nữ." });

export const CreateMemberInput = z
  .strictObject({
    cardNumber: CardNumber,
    fullName: FullName,
    unitId: Id,
    birthDate: DateInput.optional(),
    gender: gender.optional(),
    joinDate: DateInput.optional(),
    officialDate: DateInput.optional(),
    status: z
      .enum(["official", "probationary"], { error: "Trạng thái khi thêm mới là Chính thức hoặc Dự bị." })
      .optional(),
    partyPositions: partyPositions.optional(),
    govPositions: govPositions.optional(),
  })
  .openapi("CreateMemberInput");
export type CreateMemberInput = z.infer<typeof CreateMemberInput>;

export const UpdateMemberInput = z
  .strictObject({
    cardNumber: CardNumber.optional(),
    fullName: FullName.optional(),
    birthDate: DateInput.nullable().optional(),
    gender: gender.nullable().optional(),
    joinDate: DateInput.nullable().optional(),
    officialDate: DateInput.nullable().optional(),
    partyPositions: partyPositions.optional(),
    govPositions: govPositions.optional(),
    /** The day a change of positions (and so of group) takes effect; default today. */
    effectiveFrom: DateInput.optional(),
    version,
  })
  .openapi("UpdateMemberInput");
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>;

export const GroupOverrideInput = z
  .strictObject({
    group: z.enum(GROUPS, { error: "Nhóm không hợp lệ." }).nullable(),
    reason,
    effectiveFrom: DateInput.optional(),
    version,
  })
  .openapi("GroupOverrideInput");
export type GroupOverrideInput = z.infer<typeof GroupOverrideInput>;

export const TransferInput = z
  .strictObject({ unitId: Id, date: DateInput, reason, version })
  .openapi("TransferMemberInput");
export type TransferInput = z.infer<typeof TransferInput>;

export const StatusInput = z
  .strictObject({
    status: z.enum(MEMBER_STATUSES, { error: "Trạng thái không hợp lệ." }),
    date: DateInput,
    reason,
    version,
  })
  .openapi("MemberStatusInput");
export type StatusInput = z.infer<typeof StatusInput>;

export const GroupRulesInput = z
  .strictObject({
    exemplarPositions: z
      .array(z.enum(POSITION_CODES as [string, ...string[]], { error: "Chức vụ không có trong danh mục." }))
      .max(60),
    effectiveFrom: DateInput.optional(),
    version: z.number().int().min(0),
  })
  .openapi("GroupRulesInput");
export type GroupRulesInput = z.infer<typeof GroupRulesInput>;

export const ListMembersQuery = z.object({
  unitId: Id.optional(),
  q: z.string().max(200, "Từ khóa tìm kiếm tối đa 200 ký tự.").optional(),
  group: z.enum(GROUPS, { error: "Nhóm không hợp lệ." }).optional(),
  status: z.enum([...MEMBER_STATUSES, "current", "all"], { error: "Trạng thái không hợp lệ." }).optional(),
  position: z
    .enum(POSITION_CODES as [string, ...string[]], { error: "Chức vụ không có trong danh mục." })
    .optional(),
  updatedSince: updatedSinceQuery(),
  cursor: z.string().max(400).optional(),
  limit: limitQuery(50),
});
export type ListMembersQuery = z.infer<typeof ListMembersQuery>;

export const BulkAccountsInput = z
  .strictObject({
    unitId: Id,
    /** new: members without an account; pending: accounts whose password is not set yet (new links). */
    include: z.enum(["new", "pending"], { error: "Lựa chọn không hợp lệ." }).optional(),
  })
  .openapi("BulkMemberAccountsInput");
export type BulkAccountsInput = z.infer<typeof BulkAccountsInput>;
