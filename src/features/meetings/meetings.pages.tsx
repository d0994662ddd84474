import { type Context, Hono } from "hono";
import { isId } from "../../domain/ids";
import type { AppEnv } from "../../env";
import { parseForm, pickFields } from "../../platform/forms";
import { pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { idParam, yearParam } from "../../platform/params";
import { ctxOf } from "../../platform/tenant-context";
import { ServiceError, invalid } from "../../platform/errors";
import { CreateMeetingInput, MEETING_CURSOR, RemarkInput, UpdateMeetingInput } from "./meetings.inputs";
import { addRemark, deleteRemark } from "./meetings-remarks.service";
import { takeAttendance } from "./meetings-attendance.service";
import { TakeAttendanceInput } from "./meetings-attendance.inputs";
import { createMeeting, deleteMeeting, updateMeeting } from "./meetings.service";
import { getMeeting, listMeetings } from "./meetings-view.service";
import type { MeetingForm } from "./views/meeting-fields";
import { MeetingPage } from "./views/meeting-page";
import { MeetingsList } from "./views/meetings-list";

const showPage = pageUnder("/meetings");

const NOT_FOUND = "Không tìm thấy biên bản sinh hoạt.";

const num = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : Number(s));

function meetingValues(f: Record<string, string>) {
  return {
    ...pickFields(f, "date", "kind", "minutesNumber", "topic"),
    attendance: num(f.attendance),
    expected: num(f.expected),
    notes: f.notes,
  };
}

/**
 * The attendance form's fields (`s-<memberId>` status, `r-<memberId>` reason, in the order shown) as
 * the API's body; the errors of an entry come back under its own fields.
 */
function attendanceFromForm(f: Record<string, string>) {
  const ids = Object.keys(f)
    .filter((k) => k.startsWith("s-"))
    .map((k) => k.slice(2));
  try {
    return parseForm(TakeAttendanceInput, {
      version: num(f.version),
      entries: ids.map((id) => ({ memberId: id, status: f[`s-${id}`], reason: f[`r-${id}`] || undefined })),
    });
  } catch (e) {
    if (!(e instanceof ServiceError && e.fields)) throw e;
    const fields = Object.entries(e.fields).map(([k, v]) => {
      const [, i, field] = k.split(".");
      const id = ids[Number(i)];
      return id && field ? [`${field === "reason" ? "r" : "s"}-${id}`, v] : [k, v];
    });
    throw invalid(Object.fromEntries(fields), e.message);
  }
}

async function renderList(c: Context<AppEnv>, form?: MeetingForm, status = 200) {
  const ctx = ctxOf(c);
  const unitId = form?.values.unitId ?? c.req.query("unitId");
  const cursor = c.req.query("cursor");
  const data = await listMeetings(ctx, {
    unitId: isId(unitId) ? unitId : undefined,
    year: yearParam(c),
    cursor: cursor && MEETING_CURSOR.test(cursor) ? cursor : undefined,
  });
  return showPage(
    c,
    "Sinh hoạt chi bộ",
    <MeetingsList ctx={ctx} data={data} form={form} done={c.req.query("done")} />,
    status,
  );
}

async function renderMeeting(c: Context<AppEnv>, id: string, form?: MeetingForm, status = 200) {
  const ctx = ctxOf(c);
  const view = await getMeeting(ctx, id);
  return showPage(
    c,
    "Biên bản sinh hoạt",
    <MeetingPage ctx={ctx} view={view} form={form} done={c.req.query("done")} />,
    status,
  );
}

/** Runs a meeting form: 303 on success, the meeting page with the errors otherwise. */
async function act(
  c: Context<AppEnv>,
  form: MeetingForm["form"],
  run: (id: string, f: Record<string, string>) => Promise<string>,
) {
  const id = idParam(c, NOT_FOUND);
  return submitForm(
    c,
    async (f) => seeOther(c, tenantPath(c, await run(id, f))),
    (state, status) => renderMeeting(c, id, { form, ...state }, status),
  );
}

/** Meetings of the cells and their minutes: mounted at /meetings. */
export const meetingsPages = new Hono<AppEnv>()
  .get("/", (c) => renderList(c))
  .post("/", (c) =>
    submitForm(
      c,
      async (f) => {
        const input = parseForm(CreateMeetingInput, { unitId: f.unitId, ...meetingValues(f) });
        const m = await createMeeting(ctxOf(c), input);
        return seeOther(c, tenantPath(c, `/meetings/${m.id}?done=created`));
      },
      (state, status) => renderList(c, { form: "create", ...state }, status),
    ),
  )
  .get("/:id", (c) => renderMeeting(c, idParam(c, NOT_FOUND)))
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
  .post("/:id/attendance", (c) =>
    act(c, "attendance", async (id, f) => {
      await takeAttendance(ctxOf(c), id, attendanceFromForm(f));
      return `/meetings/${id}?done=attendance`;
    }),
  )
  .post("/:id/reports", (c) =>
    act(c, "report", async (id, f) => {
      const memberId = f.memberId ?? "";
      const content = f[`c-${memberId}`];
      try {
        await addRemark(ctxOf(c), id, parseForm(RemarkInput, { memberId, kind: "report", content }));
      } catch (e) {
        // The remark's error belongs to the member's own field.
        if (e instanceof ServiceError && e.fields?.content)
          throw invalid({ [`c-${memberId}`]: e.fields.content }, e.message);
        throw e;
      }
      return `/meetings/${id}?done=report`;
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
      await deleteRemark(ctxOf(c), id, idParam(c, NOT_FOUND, "remarkId"));
      return `/meetings/${id}?done=remark-deleted`;
    }),
  );
