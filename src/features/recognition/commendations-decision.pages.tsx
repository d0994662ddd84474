// The decision page under /commendations/decision: the commendations picked in the list (or by the
// decision's number), the fields to check, and the three files. Works without JavaScript.
import { Hono } from "hono";
import type { Context } from "hono";
import { isId } from "../../domain/ids";
import type { AppEnv } from "../../env";
import { download } from "../../platform/downloads";
import { ServiceError, notFound } from "../../platform/errors";
import { type FormState, page, submitForm } from "../../platform/pages";
import { ctxOf } from "../../platform/tenant-context";
import {
  DECISION_FILES,
  type DecisionDocument,
  type DecisionInput,
  DecisionQuery,
  TEXT_FIELDS,
} from "./commendations-decision.inputs";
import { generateDecisionFile, prepareDecision } from "./commendations-decision.service";
import { COMMENDATION_404 } from "./commendations.service";
import { DecisionPage } from "./views/commendation-decision";

/** The ids of a form or query: repeated (`ids=a&ids=b`, the list's checkboxes) or comma-separated. */
function idsOf(values: string[]): string[] | undefined {
  const ids = values.flatMap((v) => v.split(",")).filter(Boolean);
  if (!ids.length) return undefined;
  if (!ids.every((id) => isId(id))) throw notFound(COMMENDATION_404);
  return ids;
}

function queryOf(c: Context<AppEnv>): DecisionQuery {
  const ids = idsOf(c.req.queries("ids") ?? []);
  const raw = {
    ...(ids ? { ids: ids.join(",") } : {}),
    ...Object.fromEntries(
      (["decisionNumber", "decisionDate"] as const)
        .map((k) => [k, c.req.query(k)?.trim()])
        .filter(([, v]) => v),
    ),
  };
  const r = DecisionQuery.safeParse(raw);
  if (!r.success) throw new ServiceError("bad_request", r.error.issues[0]?.message);
  return r.data;
}

/** The posted fields as the service takes them: the lists one line each. */
function inputOf(f: Record<string, string>): DecisionInput {
  const lines = (s: string | undefined) => (s === undefined ? undefined : s.split(/\r?\n/));
  return {
    ids: idsOf([f.ids ?? ""]) ?? [],
    ...Object.fromEntries(TEXT_FIELDS.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])),
    legalBases: lines(f.legalBases),
    recipients: lines(f.recipients),
    remember: f.remember === "1",
  };
}

const title = (n: string) => `Quyết định khen thưởng số ${n}`;

export const commendationDecisionPages = new Hono<AppEnv>()
  .get("/decision", async (c) => {
    const ctx = ctxOf(c);
    const preview = await prepareDecision(ctx, queryOf(c));
    const ids = preview.commendations.map((x) => x.id).join(",");
    const base = `/t/${ctx.tenant.slug}/commendations`;
    return page(c, title(preview.decisionNumber), <DecisionPage base={base} ids={ids} preview={preview} />, {
      active: "/commendations",
    });
  })
  .post("/decision", (c) =>
    submitForm(
      c,
      async (f) => {
        const document = f.document as DecisionDocument;
        if (!Object.hasOwn(DECISION_FILES, document))
          throw new ServiceError("bad_request", "Chọn tệp cần tải: quyết định, giấy khen hoặc danh sách.");
        return download(c, await generateDecisionFile(ctxOf(c), document, inputOf(f)));
      },
      async (state: FormState, status) => {
        const ctx = ctxOf(c);
        const ids = state.values.ids ?? "";
        const preview = await prepareDecision(ctx, { ids: idsOf([ids]) ?? [] });
        const base = `/t/${ctx.tenant.slug}/commendations`;
        const body = <DecisionPage base={base} ids={ids} preview={preview} state={state} />;
        return page(c, title(preview.decisionNumber), body, { active: "/commendations", status });
      },
    ),
  );
