import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../platform/errors";
import { IdParam, apiRouter, jsonBody, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
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

const tags = ["members"];
const errs = problemResponses(400, 401, 403, 404, 409, 415);
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

export const membersApi = apiRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary:
        "Members of a unit's subtree in the actor's scope: filters, accent-insensitive search `q`, Vietnamese order, cursor pagination",
      request: { query: ListMembersQuery },
      responses: { 200: jsonContent(MemberListOut), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await listMembers(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/export",
      tags,
      summary: "The filtered list as CSV (UTF-8 with BOM, streamed) or XLSX (up to 50,000 rows)",
      request: { query: ExportQuery },
      responses: { 200: fileContent("The file"), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { format, ...filter } = c.req.valid("query");
      return fileResponse(await exportMembersFile(ctxOf(c), filter, format ?? "xlsx"));
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/group-rules",
      tags,
      summary: "Which positions put a member in group 1, with the position vocabulary",
      responses: { 200: jsonContent(GroupRulesOut), ...problemResponses(401) },
    }),
    async (c) => c.json(await getGroupRules(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/group-rules",
      tags,
      summary: "Change the group-1 positions; every member is regrouped (history from effectiveFrom)",
      request: jsonBody(GroupRulesInput),
      responses: { 200: jsonContent(GroupRulesOut), ...errs },
    }),
    async (c) => c.json(await setGroupRules(ctxOf(c), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      summary: "The signed-in account's own member profile",
      responses: { 200: jsonContent(MemberDetailOut), ...problemResponses(401, 404) },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      if (!ctx.actor.memberId) throw notFound("Tài khoản chưa gắn với hồ sơ đảng viên.");
      return c.json(await getMemberDetail(ctx, ctx.actor.memberId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/accounts",
      tags,
      summary:
        "Create accounts and one-time setup links for the members of a unit's subtree (up to 200 per call)",
      request: jsonBody(BulkAccountsInput),
      responses: { 201: jsonContent(BulkAccountsOut, "Created"), ...errs },
    }),
    async (c) =>
      c.json(await createMemberAccounts(ctxOf(c), c.req.valid("json"), new URL(c.req.url).origin), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      summary: "Add a member to a cell (refused beyond the unverified tenant's member cap)",
      request: jsonBody(CreateMemberInput),
      responses: { 201: jsonContent(MemberOut, "Created"), ...errs },
    }),
    async (c) => c.json(await createMember(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: "A member with group history and transfers (a member may read only themself)",
      request: { params: IdParam },
      responses: { 200: jsonContent(MemberDetailOut), ...problemResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getMemberDetail(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      summary: "Edit details or positions (a change of positions regroups from effectiveFrom)",
      request: { params: IdParam, ...jsonBody(UpdateMemberInput) },
      responses: { 200: jsonContent(MemberOut), ...errs },
    }),
    async (c) => c.json(await updateMember(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/transfer",
      tags,
      summary: "Move the member to another cell (chuyển sinh hoạt đảng), with date and reason",
      request: { params: IdParam, ...jsonBody(TransferInput) },
      responses: { 200: jsonContent(MemberOut), ...errs },
    }),
    async (c) => c.json(await transferMember(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/status",
      tags,
      summary:
        "Official, or leaving the tenant (transferred out, deceased, removed: kept, never deleted), or returning",
      request: { params: IdParam, ...jsonBody(StatusInput) },
      responses: { 200: jsonContent(MemberOut), ...errs },
    }),
    async (c) => c.json(await setMemberStatus(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/group-override",
      tags,
      summary: "Put one member in a group regardless of positions (group null clears it), with a reason",
      request: { params: IdParam, ...jsonBody(GroupOverrideInput) },
      responses: { 200: jsonContent(MemberOut), ...errs },
    }),
    async (c) => c.json(await overrideGroup(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
