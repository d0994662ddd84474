// The root of an admin list page (accounts, API keys, webhooks): the list, and its create form.
import { Hono } from "hono";
import type { Context } from "hono";
import type { AppEnv } from "../env";
import type { Ctx } from "./context";
import { type FormState, submitForm } from "./pages";
import { ctxOf } from "./tenant-context";

type C = Context<AppEnv>;

/**
 * The root of an admin list page: GET shows the list; POST submits the list's create form — `create`
 * answers (a redirect, or the page showing what was made), and a refused form shows the list again with
 * its values and errors (`shown` may move an error to the field the person typed).
 */
export function listWithCreate(
  renderList: (c: C, form?: FormState) => Response | Promise<Response>,
  create: (c: C, ctx: Ctx, fields: Record<string, string>) => Promise<Response>,
  statuses: readonly number[] = [400],
  shown: (form: FormState) => FormState = (form) => form,
) {
  return new Hono<AppEnv>()
    .get("/", (c) => renderList(c))
    .post("/", (c) => {
      const ctx = ctxOf(c);
      return submitForm(
        c,
        (f) => create(c, ctx, f),
        (form) => renderList(c, shown(form)),
        statuses,
      );
    });
}
