import { Hono } from "hono";
import type { AppEnv } from "../../env";
import { isId } from "../../domain/ids";
import { parseForm } from "../../platform/forms";
import { readForm } from "../../platform/http";
import { pageUnder, seeOther, submitForm, tenantPath } from "../../platform/pages";
import { ctxOf, requireRole } from "../../platform/tenant-context";
import { unitIdByCode, unitInScope } from "./members-edit.service";
import { createMemberAccounts } from "./members-accounts.service";
import { getGroupRules, setGroupRules } from "./members-changes.service";
import { BulkAccountsInput, GroupRulesInput } from "./members.inputs";
import { formPositions } from "./members.pages";
import { BulkAccountsForm, SlipsSheet } from "./views/accounts-views";
import { GroupRulesPage } from "./views/rules-view";

const showPage = pageUnder("/members");

/** Group rules (read by managers, edited by admins) and accounts with printable slips. */
export const membersAdminPages = new Hono<AppEnv>()
  .get("/rules", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const rules = await getGroupRules(ctx);
    return showPage(
      c,
      "Quy tắc phân nhóm",
      <GroupRulesPage ctx={ctx} rules={rules} done={c.req.query("done") === "1"} />,
    );
  })
  .post("/rules", (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin");
    return submitForm(
      c,
      async (f) => {
        const input = parseForm(GroupRulesInput, {
          exemplarPositions: formPositions(await readForm(c)).all,
          effectiveFrom: f.effectiveFrom,
          version: Number(f.version),
        });
        await setGroupRules(ctx, input);
        return seeOther(c, tenantPath(c, "/members/rules?done=1"));
      },
      async (s, status) => {
        const rules = await getGroupRules(ctx);
        const form = { ...s, checked: formPositions(await readForm(c)).all };
        return showPage(
          c,
          "Quy tắc phân nhóm",
          <GroupRulesPage ctx={ctx} rules={rules} form={form} />,
          status,
        );
      },
    );
  })
  .get("/accounts", async (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    const unitId = c.req.query("unitId");
    const unit = isId(unitId) ? await unitInScope(ctx, unitId) : null;
    return showPage(
      c,
      "Tạo tài khoản",
      <BulkAccountsForm ctx={ctx} values={{ unitCode: unit?.code ?? "" }} />,
    );
  })
  .post("/accounts", (c) => {
    const ctx = ctxOf(c);
    requireRole(ctx, "admin", "secretary");
    return submitForm(
      c,
      async (f) => {
        const unitId = await unitIdByCode(ctx, f.unitCode ?? "", "unitCode");
        const input = parseForm(BulkAccountsInput, { unitId, include: f.include });
        const out = await createMemberAccounts(ctx, input, new URL(c.req.url).origin);
        // The links exist only in this response (stored hashed): the sheet is shown, not redirected to.
        return showPage(c, "Phiếu đăng nhập", <SlipsSheet ctx={ctx} out={out} />);
      },
      (s, status) =>
        showPage(
          c,
          "Tạo tài khoản",
          <BulkAccountsForm ctx={ctx} values={s.values} errors={s.errors} message={s.message} />,
          status,
        ),
    );
  });
