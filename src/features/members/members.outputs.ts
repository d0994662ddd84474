import { MEMBER_STATUSES } from "../../domain/members";
import { z } from "@hono/zod-openapi";
import { cursorPage, timestamp } from "../../platform/api-fields";
import { importJobSchema } from "../../platform/imports/outputs";
import { GENDERS, GROUPS } from "./members.inputs";

export const MemberOut = z
  .object({
    id: z.string(),
    cardNumber: z.string(),
    fullName: z.string(),
    birthDate: z.string().nullable().openapi({ description: "YYYY-MM-DD" }),
    gender: z.enum(GENDERS).nullable(),
    unitId: z.string(),
    unitName: z.string().nullable(),
    joinDate: z.string().nullable(),
    officialDate: z.string().nullable(),
    status: z.enum(MEMBER_STATUSES),
    partyPositions: z.array(z.string()),
    govPositions: z.array(z.string()),
    positionGroup: z.enum(GROUPS).openapi({ description: "Group derived from the positions" }),
    groupOverride: z.enum(GROUPS).nullable(),
    groupOverrideReason: z.string().nullable(),
    group: z.enum(GROUPS).openapi({ description: "Effective group: exemplar = nhóm 1, follower = nhóm 2" }),
    accountId: z.string().nullable(),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("Member");
export type MemberOut = z.infer<typeof MemberOut>;

export const GroupHistoryOut = z
  .object({
    id: z.string(),
    effectiveFrom: z.string(),
    group: z.enum(GROUPS),
    positionGroup: z.enum(GROUPS),
    partyPositions: z.array(z.string()),
    govPositions: z.array(z.string()),
    reason: z.string(),
    createdAt: timestamp(),
  })
  .openapi("MemberGroupHistory");
export type GroupHistoryOut = z.infer<typeof GroupHistoryOut>;

export const TransferOut = z
  .object({
    id: z.string(),
    date: z.string(),
    fromUnitId: z.string().nullable(),
    fromUnitName: z.string().nullable(),
    toUnitId: z.string().nullable(),
    toUnitName: z.string().nullable(),
    reason: z.string(),
    createdAt: timestamp(),
  })
  .openapi("MemberTransfer");
export type TransferOut = z.infer<typeof TransferOut>;

export const MemberDetailOut = z
  .object({
    member: MemberOut,
    unitTrail: z.array(z.object({ id: z.string(), name: z.string() })),
    accountLogin: z.string().nullable(),
    groupHistory: z.array(GroupHistoryOut),
    transfers: z.array(TransferOut),
  })
  .openapi("MemberDetail");
export type MemberDetailOut = z.infer<typeof MemberDetailOut>;

export const MemberListOut = cursorPage(MemberOut, {
  total: z.number(),
  totalIsLowerBound: z.boolean().openapi({
    description: "True when a search matched more than 1,000 members: `total` then says “more than 1,000”",
  }),
}).openapi("MemberList");
export type MemberListOut = z.infer<typeof MemberListOut>;

export const GroupRulesOut = z
  .object({
    exemplarPositions: z.array(z.string()),
    isDefault: z.boolean(),
    version: z.number(),
    positions: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        kind: z.enum(["party", "gov"]),
        exemplar: z.boolean(),
      }),
    ),
  })
  .openapi("MemberGroupRules");
export type GroupRulesOut = z.infer<typeof GroupRulesOut>;

export const ImportErrorOut = z.object({
  row: z.number(),
  cardNumber: z.string(),
  fullName: z.string(),
  errors: z.array(z.string()),
});
export type ImportErrorOut = z.infer<typeof ImportErrorOut>;

/** A roster import job (the import pipeline's job with the roster's preview rows). */
export const ImportJobOut = importJobSchema("MemberImport", ImportErrorOut);
export type ImportJobOut = z.infer<typeof ImportJobOut>;

export const SlipOut = z
  .object({
    memberId: z.string(),
    fullName: z.string(),
    cardNumber: z.string(),
    unitName: z.string(),
    login: z.string(),
    path: z.string(),
    url: z.string(),
    expiresAt: timestamp(),
  })
  .openapi("MemberAccountSlip");
export type SlipOut = z.infer<typeof SlipOut>;

export const SkippedMemberOut = z
  .object({
    memberId: z.string(),
    fullName: z.string(),
    cardNumber: z.string(),
    login: z.string(),
    reason: z.enum(["has_account", "login_unlinked"]).openapi({
      description:
        "`has_account`: the member record already has its account; `login_unlinked`: an account with the member's login exists but is linked to no member record (link it: PUT /accounts/{id}/member).",
    }),
  })
  .openapi("SkippedMember");
export type SkippedMemberOut = z.infer<typeof SkippedMemberOut>;

export const BulkAccountsOut = z
  .object({
    slips: z.array(SlipOut),
    remaining: z.number(),
    unitName: z.string(),
    skippedCount: z
      .number()
      .openapi({ description: "Members of the subtree given no new account: one person, one account." }),
    skipped: z.array(SkippedMemberOut).openapi({ description: `The first ${50} of them.` }),
  })
  .openapi("MemberAccountSlips");
export type BulkAccountsOut = z.infer<typeof BulkAccountsOut>;
