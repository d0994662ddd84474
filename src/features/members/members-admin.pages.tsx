import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { getUnitByCode, getUnitInScope } from "../orgs";
import { createMemberAccounts } from "./members-accounts.service";
import { getGroupRules, setGroupRules } from "./members-changes.service";
import { BulkAccountsInput, GroupRulesInput } from "./members.inputs";
import { formPositions } from "./members.pages";
import { BulkAccountsForm, SlipsSheet } from "./views/accounts-views";
import { GroupRulesPage } from "./views/rules-view";

/** Group rules (read by managers, edited by admins) and accounts with printable slips. */
export const membersAdminPages = new Hono<AppEnv>()
  .get("/rules", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const rules = await getGroupRules(ctx);
    return page(
      c,
      "Quy tắc phân nhóm",
      <GroupRulesPage ctx={ctx} rules={rules} done={c.req.query("done") === "1"} />,
      {
        active: "/members",
      },
    );
  })
  .post("/rules", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin");
    const raw = await readForm(c);
    const f = formStrings(raw);
    const checked = formPositions(raw).all;
    try {
      const input = parseForm(GroupRulesInput, {
        exemplarPositions: checked,
        effectiveFrom: f.effectiveFrom,
        version: Number(f.version),
      });
      await setGroupRules(ctx, input);
      return seeOther(c, tenantPath(c, "/members/rules?done=1"));
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      const rules = await getGroupRules(ctx);
      const form = { values: f, checked, errors: e.fields ?? {}, message: e.message };
      return page(c, "Quy tắc phân nhóm", <GroupRulesPage ctx={ctx} rules={rules} form={form} />, {
        active: "/members",
        status: e.status,
      });
    }
  })
  .get("/accounts", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const unitId = c.req.query("unitId");
    const unit = unitId && /^[0-9a-z]{16}$/.test(unitId) ? await getUnitInScope(ctx, unitId) : null;
    return page(c, "Tạo tài khoản", <BulkAccountsForm ctx={ctx} values={{ unitCode: unit?.code ?? "" }} />, {
      active: "/members",
    });
  })
  .post("/accounts", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const f = formStrings(await readForm(c));
    try {
      const unit = await getUnitByCode(ctx, f.unitCode ?? "", "unitCode");
      const input = parseForm(BulkAccountsInput, { unitId: unit.id, include: f.include });
      const out = await createMemberAccounts(ctx, input, new URL(c.req.url).origin);
      // The links exist only in this response (stored hashed): the sheet is shown, not redirected to.
      return page(c, "Phiếu đăng nhập", <SlipsSheet ctx={ctx} out={out} />, { active: "/members" });
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 409)) throw e;
      return page(
        c,
        "Tạo tài khoản",
        <BulkAccountsForm ctx={ctx} values={f} errors={e.fields ?? {}} message={e.message} />,
        { active: "/members", status: e.status },
      );
    }
  });
