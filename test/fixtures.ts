/**
 * One fixture per kind of entity a route parameter can name. The isolation suite makes
 * each of them in a second tenant and proves that tenant A's sessions get 404 for them.
 * A feature that adds a route with a new kind of id adds its factory here.
 */
import { createSet } from "../src/features/criteria/criteria-create.service";
import { createFocusIssue } from "../src/features/criteria/criteria-focus.service";
import { addCriterion } from "../src/features/criteria/criteria-items.service";

import { createApiKey } from "../src/features/api-keys/api-keys.service";
import { createEndpoint, webhookEnv } from "../src/features/webhooks/webhooks.service";
import { dispatchEvents } from "../src/features/webhooks/webhooks-dispatch.service";
import { createUnit } from "../src/features/orgs/orgs-edit.service";
import { webhookDeliveries } from "../src/db/schema/tenant/webhooks";
import { createImport } from "../src/features/members/members-import.service";
import { createMember } from "../src/features/members/members.service";
import { requestExport } from "../src/features/lifecycle/lifecycle-export.service";
import { createDocument } from "../src/features/reports/reports-documents.service";
import { Meter } from "../src/platform/meter";
import { eq } from "drizzle-orm";
import { accounts } from "../src/db/schema/tenant/core";
import { E, type TestTenant, dbOf, makeAccount, makeUnit } from "./harness";
import { EXEMPLARS_FIXTURES } from "./exemplars-fixtures";
import { NOTEBOOK_FIXTURES } from "./notebook-fixtures";
import { PLANS_FIXTURES } from "./plans-fixtures";

export type FixtureFactory = (t: TestTenant) => Promise<string>;

export const FIXTURES: Record<string, FixtureFactory> = {
  ...NOTEBOOK_FIXTURES,
  ...EXEMPLARS_FIXTURES,
  ...PLANS_FIXTURES,
  unit: async (t) => (await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district")).id,
  unitCode: async (t) => (await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district")).code,
  account: async (t) => {
    const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    return (await makeAccount(t, "member", u)).id;
  },
  /** A member account nobody has activated yet: the one a secretary may send a first link to. */
  newAccount: async (t) => {
    const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    const id = (await makeAccount(t, "member", u)).id;
    await dbOf(t).update(accounts).set({ passwordHash: null }).where(eq(accounts.id, id));
    return id;
  },
  apiKey: async (t) => (await createApiKey(t.ctx(), { name: "Khóa mẫu", scopes: ["read"] })).id,
  /** A delivery of a change event to an endpoint (the queue's messages are dropped). */
  webhookDelivery: async (t) => {
    await createEndpoint(t.ctx(), { url: "https://nhan.tinh.example/webhooks" }, webhookEnv(E));
    const code = `WH-${t.info.id.slice(0, 6)}`.toUpperCase();
    await createUnit(t.ctx(), { parentId: t.rootId, kind: "district", code, name: "Huyện có sự kiện" });
    const drop = { send: async () => undefined, sendBatch: async () => undefined };
    await dispatchEvents(t.ctx(), drop);
    const rows = await dbOf(t)
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.tenantId, t.info.id));
    return rows[0]!.id;
  },
  webhook: async (t) =>
    (await createEndpoint(t.ctx(), { url: "https://nhan.tinh.example/webhooks" }, webhookEnv(E))).id,
  export: async (t) => (await requestExport(E, new Meter(), t.ctx())).id,
  member: async (t) => {
    const cell = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "cell");
    const card = `FX.${cell.id.slice(0, 8).toUpperCase()}`;
    return (await createMember(t.ctx(), { cardNumber: card, fullName: "Đảng viên Mẫu", unitId: cell.id })).id;
  },
  memberImport: async (t) => {
    const cell = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "cell");
    const csv = `Số thẻ đảng viên,Họ và tên,Chi bộ\nIM.${cell.id.slice(0, 8)},Nguyễn Văn Nhập,${cell.code}\n`;
    const deps = { files: E.FILES, queue: E.JOBS };
    return (await createImport(t.ctx(), deps, { name: "ds.csv", bytes: new TextEncoder().encode(csv) })).id;
  },
  criteriaSet: async (t) => (await criteriaFixture(t)).setId,
  criterion: async (t) => (await criteriaFixture(t)).key,
  criteriaVersion: async (t) => (await criteriaFixture(t)).versionId,
  focusIssue: async (t) => {
    const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    return (
      await createFocusIssue(t.ctx(), {
        unitId: u.id,
        year: 2030,
        kind: "focus",
        title: "Nội dung trọng tâm mẫu",
      })
    ).id;
  },
  report: async (t) => {
    const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
    const input = {
      year: 2026,
      number: "9-BC/HU",
      docDate: "2026-12-15",
      place: "Trà Vinh",
      signerName: "Người Ký",
    };
    return (await createDocument(t.ctx(), u.id, input)).id;
  },
};

/** A district's draft criteria set for 2030 with one criterion of its own. */
async function criteriaFixture(t: TestTenant) {
  const u = await makeUnit(t, { id: t.rootId, path: t.rootPath, depth: 0 }, "district");
  const set = await createSet(t.ctx(), {
    unitId: u.id,
    year: 2030,
    source: "blank",
    title: "Kế hoạch mẫu",
    issuer: "Đảng ủy mẫu",
  });
  const added = await addCriterion(t.ctx(), set.id, {
    group: "follower",
    title: "Tiêu chí mẫu",
    body: "Nội dung tiêu chí mẫu của đơn vị",
    version: 1,
  });
  return { setId: set.id, versionId: set.versionId, key: added.key! };
}
