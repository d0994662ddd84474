import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError, notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import { CreateMeetingInput, RemarkInput, UpdateMeetingInput } from "./meetings.inputs";
import {
  addRemark,
  createMeeting,
  deleteMeeting,
  deleteRemark,
  getMeeting,
  listMeetings,
  updateMeeting,
} from "./meetings.service";
import type { MeetingForm } from "./views/meeting-fields";
import { MeetingPage } from "./views/meeting-page";
import { MeetingsList } from "./views/meetings-list";

const ID = /^[0-9a-z]{16}$/;
const CURSOR = /^\d{4}-\d{2}-\d{2}~[0-9a-z]{16}$/;

function idParam(c: Context<AppEnv>, name = "id"): string {
  const id = c.req.param(name) ?? "";
  if (!ID.test(id)) throw notFound("Không tìm thấy biên bản sinh hoạt.");
  return id;
}

const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));

function meetingValues(f: Record<string, string>) {
  return {
    date: f.date,
    kind: f.kind,
    minutesNumber: f.minutesNumber,
    topic: f.topic,
    attendance: num(f.attendance),
    expected: num(f.expected),
    notes: f.notes,
  };
}

async function renderList(c: Context<AppEnv>, form?: MeetingForm, status = 200) {
  const ctx = ctxOf(c);
  const unitId = form?.values.unitId ?? c.req.query("unitId");
  const y = Number(c.req.query("year"));
  const cursor = c.req.query("cursor");
  const data = await listMeetings(ctx, {
    unitId: unitId && ID.test(unitId) ? unitId : undefined,
    year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : undefined,
    cursor: cursor && CURSOR.test(cursor) ? cursor : undefined,
  });
  return page(
    c,
    "Sinh hoạt chi bộ",
    <MeetingsList ctx={ctx} data={data} form={form} done={c.req.query("done")} />,
    {
      active: "/meetings",
      status,
    },
  );
}

async function renderMeeting(c: Context<AppEnv>, id: string, form?: MeetingForm, status = 200) {
  const ctx = ctxOf(c);
  const view = await getMeeting(ctx, id);
  return page(
    c,
    "Biên bản sinh hoạt",
    <MeetingPage ctx={ctx} view={view} form={form} done={c.req.query("done")} />,
    {
      active: "/meetings",
      status,
    },
  );
}

const isFormError = (e: unknown): e is ServiceError =>
  e instanceof ServiceError && (e.status === 400 || e.status === 409);

/** Runs a meeting form: 303 on success, the meeting page with the errors otherwise. */
async function act(
  c: Context<AppEnv>,
  form: MeetingForm["form"],
  run: (id: string, f: Record<string, string>) => Promise<string>,
) {
  const id = idParam(c);
  const f = formStrings(await readForm(c));
  try {
    return seeOther(c, tenantPath(c, await run(id, f)));
  } catch (e) {
    if (!isFormError(e)) throw e;
    return renderMeeting(c, id, { form, values: f, errors: e.fields ?? {}, message: e.message }, e.status);
  }
}

/** Meetings of the cells and their minutes: mounted at /meetings. */
export const meetingsPages = new Hono<AppEnv>()
  .get("/", (c) => renderList(c))
  .post("/", async (c) => {
    const f = formStrings(await readForm(c));
    try {
      const input = parseForm(CreateMeetingInput, { unitId: f.unitId, ...meetingValues(f) });
      const m = await createMeeting(ctxOf(c), input);
      return seeOther(c, tenantPath(c, `/meetings/${m.id}?done=created`));
    } catch (e) {
      if (!isFormError(e)) throw e;
      return renderList(
        c,
        { form: "create", values: f, errors: e.fields ?? {}, message: e.message },
        e.status,
      );
    }
  })
  .get("/:id", (c) => renderMeeting(c, idParam(c)))
  .post("/:id/update", (c) =>
    act(c, "update", async (id, f) => {
      await updateMeeting(
        ctxOf(c),
        id,
        parseForm(UpdateMeetingInput, { ...meetingValues(f), version: num(f.version) }),
      );
      return `/meetings/${id}?done=updated`;
    }),
  )
  .post("/:id/delete", (c) =>
    act(c, "delete", async (id, f) => {
      const ctx = ctxOf(c);
      const gone = await deleteMeeting(ctx, id, Number(f.version));
      return `/meetings?unitId=${gone.unitId}&year=${gone.year}&done=deleted`;
    }),
  )
  .post("/:id/remarks", (c) =>
    act(c, "remark", async (id, f) => {
      await addRemark(
        ctxOf(c),
        id,
        parseForm(RemarkInput, { memberId: f.memberId, kind: f.remarkKind, content: f.content }),
      );
      return `/meetings/${id}?done=remark`;
    }),
  )
  .post("/:id/remarks/:remarkId/delete", (c) =>
    act(c, "remark", async (id) => {
      await deleteRemark(ctxOf(c), id, idParam(c, "remarkId"));
      return `/meetings/${id}?done=remark-deleted`;
    }),
  );
