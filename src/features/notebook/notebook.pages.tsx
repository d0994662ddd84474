import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { notFound } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { page, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { idParam, idQuery, yearParam } from "../../platform/params";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { LinkButton } from "../../ui/components";
import {
  CommentInput,
  CreateEntryInput,
  ReturnEntryInput,
  SaveEntryInput,
  VersionInput,
} from "./notebook.inputs";
import { commentEntry, returnEntry } from "./notebook-cell.service";
import { createEntry, deleteEntry, saveEntry } from "./notebook-entries.service";
import { getCompliance, getEntry, getNotebook } from "./notebook.service";
import { CompliancePage } from "./views/compliance-page";
import { type EntryForm, EntryPage } from "./views/entry-page";
import { NotebookPage } from "./views/notebook-page";
import { NotebookPrint } from "./views/notebook-print";

const TEXT_KEYS = ["title", "body", "strengths", "shortcomings", "remedies"] as const;

async function renderNotebook(c: Context<AppEnv>, memberId: string, message?: string, status = 200) {
  const ctx = ctxOf(c);
  const nb = await getNotebook(ctx, memberId, yearParam(c));
  const self = ctx.actor.memberId === memberId;
  return page(
    c,
    "Sổ tay làm theo gương Bác",
    <NotebookPage ctx={ctx} nb={nb} message={message} done={c.req.query("done")} />,
    {
      active: self ? "/notebook" : "/compliance",
      status,
    },
  );
}

async function renderEntry(c: Context<AppEnv>, id: string, form?: EntryForm, status = 200) {
  const ctx = ctxOf(c);
  const view = await getEntry(ctx, id);
  return page(
    c,
    "Sổ tay làm theo gương Bác",
    <EntryPage ctx={ctx} view={view} form={form} done={c.req.query("done")} />,
    {
      active: "/notebook",
      status,
    },
  );
}

/** The review form's fields as SaveEntryInput: emptied text fields clear, progress rows by plan item. */
function saveInput(f: Record<string, string>): SaveEntryInput {
  const progress: { itemId: string; status: string; note: string }[] = [];
  for (let i = 0; i < 40 && f[`progress.${i}.itemId`]; i++) {
    const status = f[`progress.${i}.status`];
    if (status)
      progress.push({ itemId: f[`progress.${i}.itemId`]!, status, note: f[`progress.${i}.note`] ?? "" });
  }
  const input = parseForm(SaveEntryInput, {
    ...Object.fromEntries(TEXT_KEYS.map((k) => [k, f[k]])),
    progress,
    version: Number(f.version),
    submit: f.action === "submit",
  });
  for (const k of TEXT_KEYS) if (k in f) input[k] = (f[k] ?? "").trim();
  return input;
}

/** Runs an entry form: 303 back to the entry on success, the entry page with the errors otherwise. */
async function entryAct(
  c: Context<AppEnv>,
  form: EntryForm["form"],
  run: (id: string, f: Record<string, string>) => Promise<string>,
) {
  const id = idParam(c);
  return submitForm(
    c,
    async (f) => seeOther(c, tenantPath(c, await run(id, f))),
    (state, status) => renderEntry(c, id, { form, ...state }, status),
  );
}

/** The notebook of the signed-in member and its entries: mounted at /notebook. */
export const notebookPages = new Hono<AppEnv>()
  .get("/", (c) => {
    const ctx = ctxOf(c);
    const y = yearParam(c);
    if (ctx.actor.memberId)
      return seeOther(c, tenantPath(c, `/members/${ctx.actor.memberId}/notebook${y ? `?year=${y}` : ""}`));
    if (ctx.actor.role === "member")
      throw notFound("Tài khoản của đồng chí chưa gắn với hồ sơ đảng viên nên chưa có sổ tay.");
    return seeOther(c, tenantPath(c, "/compliance"));
  })
  .get("/entries/:id", (c) => renderEntry(c, idParam(c)))
  .post("/entries/:id/save", (c) =>
    entryAct(c, "save", async (id, f) => {
      const input = saveInput(f);
      await saveEntry(ctxOf(c), id, input);
      return `/notebook/entries/${id}?done=${input.submit ? "submitted" : "saved"}`;
    }),
  )
  .post("/entries/:id/delete", (c) =>
    entryAct(c, "delete", async (id, f) => {
      const gone = await deleteEntry(
        ctxOf(c),
        id,
        parseForm(VersionInput, { version: Number(f.version) }).version,
      );
      return `/members/${gone.memberId}/notebook?year=${gone.year}&done=deleted`;
    }),
  )
  .post("/entries/:id/comment", (c) =>
    entryAct(c, "comment", async (id, f) => {
      requireRole(ctxOf(c), "admin", "secretary");
      await commentEntry(ctxOf(c), id, parseForm(CommentInput, { content: f.content }));
      return `/notebook/entries/${id}?done=commented`;
    }),
  )
  .post("/entries/:id/return", (c) =>
    entryAct(c, "return", async (id, f) => {
      requireRole(ctxOf(c), "admin", "secretary");
      await returnEntry(
        ctxOf(c),
        id,
        parseForm(ReturnEntryInput, { content: f.reason, version: Number(f.version) }),
      );
      return `/notebook/entries/${id}?done=returned`;
    }),
  );

/** The cell's view of who keeps their notebook: mounted at /compliance. */
export const compliancePages = new Hono<AppEnv>().get("/", async (c) => {
  const ctx = ctxOf(c);
  const view = await getCompliance(ctx, {
    unitId: idQuery(c, "unitId"),
    year: yearParam(c),
  });
  return page(c, "Theo dõi sổ tay", <CompliancePage ctx={ctx} view={view} />, { active: "/compliance" });
});

/** A member's notebook, its print view and new entries: mounted at /members/:id/notebook. */
export const memberNotebookPages = new Hono<AppEnv>()
  .get("/", (c) => renderNotebook(c, idParam(c)))
  .get("/print", async (c) => {
    const ctx = ctxOf(c);
    const nb = await getNotebook(ctx, idParam(c), yearParam(c));
    const back = tenantPath(c, `/members/${nb.member.id}/notebook?year=${nb.year}`);
    return page(
      c,
      `Sổ tay ${nb.member.fullName} ${nb.year}`,
      <>
        <div class="sotay-toolbar">
          <LinkButton href={back}>‹ Trở lại sổ tay</LinkButton>
          <span class="muted">
            Dùng lệnh In của trình duyệt (Ctrl + P), khổ A4, để in hoặc lưu thành PDF.
          </span>
        </div>
        <NotebookPrint nb={nb} tenantName={ctx.tenant.name} />
      </>,
      { bare: true },
    );
  })
  .post("/entries", (c) => {
    const memberId = idParam(c);
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(CreateEntryInput, {
          kind: f.kind,
          year: f.year ? Number(f.year) : undefined,
        });
        const entry = await createEntry(ctxOf(c), memberId, input);
        return seeOther(c, tenantPath(c, `/notebook/entries/${entry.id}?done=created`));
      },
      (state, status) => {
        const fieldErrors = Object.values(state.errors);
        return renderNotebook(
          c,
          memberId,
          fieldErrors.length ? fieldErrors.join(" ") : state.message,
          status,
        );
      },
    );
  });
