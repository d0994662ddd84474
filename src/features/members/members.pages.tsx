import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { isId } from "../../domain/ids";
import { notFound } from "../../platform/errors";
import { parseForm, pickFields } from "../../platform/forms";
import { readForm } from "../../platform/http";
import { page, pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { unitIdByCode, unitInScope } from "./members-edit.service";
import { overrideGroup, setMemberStatus, transferMember } from "./members-changes.service";
import { fileResponse, formatOf } from "../../platform/files-http";
import { exportMembersFile } from "./members-export.service";
import {
  CreateMemberInput,
  GroupOverrideInput,
  ListMembersQuery,
  StatusInput,
  TransferInput,
  UpdateMemberInput,
} from "./members.inputs";
import { getMemberListPage } from "./members-list.service";
import { GOV_CODES, PARTY_CODES } from "./members-positions.rules";
import { createMember, getMemberDetail, updateMember } from "./members.service";
import { NewMemberPage } from "./views/member-form";
import { MemberList } from "./views/member-list";
import { MemberProfile, type ProfileForm, type ProfilePanel } from "./views/member-profile";

const showPage = pageUnder("/members");

/** The checked position codes of a form, split by kind. */
export function formPositions(raw: Record<string, unknown>) {
  const all = [raw.positions].flat().filter((x): x is string => typeof x === "string");
  return {
    all,
    party: all.filter((p) => PARTY_CODES.includes(p)),
    gov: all.filter((p) => GOV_CODES.includes(p)),
  };
}

/** List filters from the query string; an over-long search is cut to 200 characters. */
function listQuery(c: Context<AppEnv>) {
  const q = c.req.query();
  return parseForm(ListMembersQuery, {
    unitId: q.unitId,
    q: q.q?.slice(0, 200),
    group: q.group,
    status: q.status,
    position: q.position,
    cursor: q.cursor,
  });
}

async function renderProfile(c: Context<AppEnv>, id: string, panel?: ProfilePanel, status = 200) {
  const ctx = ctxOf(c);
  const d = await getMemberDetail(ctx, id);
  const active = ctx.actor.memberId === id ? "/members/me" : "/members";
  return page(
    c,
    d.member.fullName,
    <MemberProfile ctx={ctx} d={d} panel={panel} done={c.req.query("done")} />,
    { active, status },
  );
}

/** The checked positions of the posted form (a repeated field: read from the whole form). */
const postedPositions = async (c: Context<AppEnv>) => formPositions(await readForm(c));

/** A profile form: 303 back to the profile on success, the profile with field errors otherwise. */
function act(c: Context<AppEnv>, form: ProfileForm, run: (f: Record<string, string>) => Promise<unknown>) {
  requireRole(ctxOf(c), ...(form === "group" ? (["admin"] as const) : (["admin", "secretary"] as const)));
  const id = c.req.param("id") ?? "";
  if (!isId(id)) throw notFound("Không tìm thấy đảng viên.");
  return submitForm(
    c,
    async (f) => {
      await run(f);
      return seeOther(c, tenantPath(c, `/members/${id}?done=${form}`));
    },
    async (s, status) =>
      renderProfile(c, id, { ...s, form, positions: (await postedPositions(c)).all }, status),
  );
}

const version = (f: Record<string, string>) => Number(f.version);

export const membersPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const query = listQuery(c);
    const data = await getMemberListPage(ctx, query);
    return showPage(c, "Đảng viên", <MemberList ctx={ctx} data={data} query={query} />);
  })
  .get("/export", async (c) => {
    const { cursor: _c, ...filter } = listQuery(c);
    return fileResponse(await exportMembersFile(ctxOf(c), filter, formatOf(c.req.query("format"), "xlsx")));
  })
  .get("/new", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const unitId = c.req.query("unitId");
    const unit = isId(unitId) ? await unitInScope(ctx, unitId) : null;
    const unitCode = unit && (unit.kind === "cell" || unit.kind === "group") ? unit.code : "";
    return showPage(
      c,
      "Thêm đảng viên",
      <NewMemberPage ctx={ctx} form={{ values: { unitCode }, errors: {} }} />,
    );
  })
  .post("/", (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    return submitForm(
      c,
      async (f) => {
        const pos = await postedPositions(c);
        const unitId = await unitIdByCode(ctx, f.unitCode ?? "", "unitCode");
        const input = parseForm(CreateMemberInput, {
          ...pickFields(f, "cardNumber", "fullName"),
          unitId,
          ...pickFields(f, "birthDate", "gender", "joinDate", "officialDate"),
          partyPositions: pos.party,
          govPositions: pos.gov,
        });
        const m = await createMember(ctx, input);
        return seeOther(c, tenantPath(c, `/members/${m.id}?done=created`));
      },
      async (s, status) => {
        const form = { ...s, positions: (await postedPositions(c)).all };
        return showPage(c, "Thêm đảng viên", <NewMemberPage ctx={ctx} form={form} />, status);
      },
    );
  })
  .get("/me", async (c) => {
    const ctx = ctxOf(c);
    if (!ctx.actor.memberId) throw notFound("Tài khoản của đồng chí chưa gắn với hồ sơ đảng viên.");
    return renderProfile(c, ctx.actor.memberId);
  })
  .get("/:id", (c) => {
    const id = c.req.param("id");
    if (!isId(id)) throw notFound("Không tìm thấy đảng viên.");
    return renderProfile(c, id);
  })
  .post("/:id/update", (c) =>
    act(c, "update", async (f) => {
      const pos = await postedPositions(c);
      const input = parseForm(UpdateMemberInput, {
        ...pickFields(f, "fullName", "cardNumber"),
        birthDate: f.birthDate || null,
        gender: f.gender || null,
        joinDate: f.joinDate || null,
        officialDate: f.officialDate || null,
        partyPositions: pos.party,
        govPositions: pos.gov,
        effectiveFrom: f.effectiveFrom,
        version: version(f),
      });
      await updateMember(ctxOf(c), c.req.param("id"), input);
    }),
  )
  .post("/:id/transfer", (c) =>
    act(c, "transfer", async (f) => {
      const ctx = ctxOf(c);
      const unitId = await unitIdByCode(ctx, f.unitCode ?? "", "unitCode");
      const input = parseForm(TransferInput, {
        unitId,
        ...pickFields(f, "date", "reason"),
        version: version(f),
      });
      await transferMember(ctx, c.req.param("id"), input);
    }),
  )
  .post("/:id/status", (c) =>
    act(c, "status", async (f) => {
      const input = parseForm(StatusInput, {
        ...pickFields(f, "status", "date", "reason"),
        version: version(f),
      });
      await setMemberStatus(ctxOf(c), c.req.param("id"), input);
    }),
  )
  .post("/:id/group", (c) =>
    act(c, "group", async (f) => {
      const ctx = ctxOf(c);
      const input = parseForm(GroupOverrideInput, {
        group: f.group || null,
        ...pickFields(f, "reason", "effectiveFrom"),
        version: version(f),
      });
      await overrideGroup(ctx, c.req.param("id"), input);
    }),
  );
