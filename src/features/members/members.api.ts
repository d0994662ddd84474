import { z } from "@hono/zod-openapi";
import { apiOps } from "../../platform/api-routes";
import { notFound } from "../../platform/errors";
import { createMemberAccounts } from "./members-accounts.service";
import {
  getGroupRules,
  overrideGroup,
  setGroupRules,
  setMemberStatus,
  transferMember,
} from "./members-changes.service";
import { CSV_TYPE, XLSX_TYPE, fileResponse } from "../../platform/files-http";
import { exportMembersFile } from "./members-export.service";
import {
  BulkAccountsInput,
  CreateMemberInput,
  GroupOverrideInput,
  GroupRulesInput,
  ListMembersQuery,
  StatusInput,
  TransferInput,
  UpdateMemberInput,
} from "./members.inputs";
import { listMembers } from "./members-list.service";
import { BulkAccountsOut, GroupRulesOut, MemberDetailOut, MemberListOut, MemberOut } from "./members.outputs";
import { createMember, getMemberDetail, updateMember } from "./members.service";

const api = apiOps("members");
const ExportQuery = ListMembersQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(["csv", "xlsx"], { error: "Định dạng là csv hoặc xlsx." }).optional(),
});
const fileContent = (description: string) => ({
  description,
  content: {
    [CSV_TYPE]: { schema: z.string() },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
  },
});

export const membersApi = api.router(
  api.get("/", {
    who: "managers",
    summary:
      "Members of a unit's subtree in the actor's scope: filters, accent-insensitive search `q`, Vietnamese order, cursor pagination",
    query: ListMembersQuery,
    out: MemberListOut,
    call: listMembers,
  }),
  api.get("/export", {
    who: "managers",
    summary: "The filtered list as CSV (UTF-8 with BOM, streamed) or XLSX (up to 50,000 rows)",
    query: ExportQuery,
    out: fileContent("The file"),
    run: async (ctx, { query: { format, ...filter } }) =>
      fileResponse(await exportMembersFile(ctx, filter, format ?? "xlsx")),
  }),
  api.get("/group-rules", {
    who: "all",
    summary: "Which positions put a member in group 1, with the position vocabulary",
    out: GroupRulesOut,
    problems: [401],
    call: getGroupRules,
  }),
  api.put("/group-rules", {
    who: "admin",
    summary: "Change the group-1 positions; every member is regrouped (history from effectiveFrom)",
    body: GroupRulesInput,
    out: GroupRulesOut,
    call: setGroupRules,
  }),
  api.get("/me", {
    who: "all",
    summary: "The signed-in account's own member profile",
    out: MemberDetailOut,
    problems: [401, 404],
    run: (ctx) => {
      if (!ctx.actor.memberId) throw notFound("Tài khoản chưa gắn với hồ sơ đảng viên.");
      return getMemberDetail(ctx, ctx.actor.memberId);
    },
  }),
  api.post("/accounts", {
    who: "managers",
    summary:
      "Create accounts and one-time setup links for the members of a unit's subtree (up to 200 per call)",
    body: BulkAccountsInput,
    out: BulkAccountsOut,
    status: 201,
    run: (ctx, { json }, c) => createMemberAccounts(ctx, json, new URL(c.req.url).origin),
  }),
  api.post("/", {
    who: "managers",
    summary: "Add a member to a cell (refused beyond the unverified tenant's member cap)",
    body: CreateMemberInput,
    out: MemberOut,
    status: 201,
    call: createMember,
  }),
  api.get("/{id}", {
    who: "all",
    summary: "A member with group history and transfers (a member may read only themself)",
    out: MemberDetailOut,
    problems: [401, 403, 404],
    call: getMemberDetail,
  }),
  api.patch("/{id}", {
    who: "managers",
    summary: "Edit details or positions (a change of positions regroups from effectiveFrom)",
    body: UpdateMemberInput,
    out: MemberOut,
    call: updateMember,
  }),
  api.post("/{id}/transfer", {
    who: "managers",
    summary: "Move the member to another cell (chuyển sinh hoạt đảng), with date and reason",
    body: TransferInput,
    out: MemberOut,
    call: transferMember,
  }),
  api.post("/{id}/status", {
    who: "managers",
    summary:
      "Official, or leaving the tenant (transferred out, deceased, removed: kept, never deleted), or returning",
    body: StatusInput,
    out: MemberOut,
    call: setMemberStatus,
  }),
  api.post("/{id}/group-override", {
    who: "admin",
    summary: "Put one member in a group regardless of positions (group null clears it), with a reason",
    body: GroupOverrideInput,
    out: MemberOut,
    call: overrideGroup,
  }),
);
