import { describe, expect, it } from "vitest";
import { type TestAccount, ctxFor, makeAccount, makeUnit, rejects } from "../../../test/harness";
import { writeBatch } from "../../platform/batch";
import { Meter } from "../../platform/meter";
import { publishSet } from "./criteria-publish.service";
import {
  addCriterion,
  concretiseCriterion,
  deleteCriterion,
  hideCriterion,
  rebaseCriterion,
  updateCriterion,
} from "./criteria-items.service";
import {
  criterionVersionsQuery,
  criteriaUsageStatements,
  getMemberCriteria,
  markCriteriaVersionUsed,
  resolveEffectiveCriteria,
} from "./criteria.service";
import { getSetView } from "./criteria-sets.service";
import { K, YEAR, makeTree, startSet } from "./criteria.fixtures";

describe("effective criteria: folding down the tree", () => {
  it("lays each level's published set over its ancestors', with origins and exact versions", async () => {
    const tree = await makeTree({ core: false });
    const ctx = tree.t.ctx();
    const blocSet = await startSet(tree, tree.bloc.id, "12-KH/ĐUK");
    await concretiseCriterion(ctx, blocSet, K.ex2, {
      body: "Khối: thực hiện nghiêm quy định nêu gương.",
      version: 1,
    });
    await publishSet(ctx, blocSet, 2);
    const schoolSet = await startSet(tree, tree.school.id);
    const added = await addCriterion(ctx, schoolSet, {
      group: "follower",
      title: "Giữ mối liên hệ nơi cư trú",
      body: "gương mẫu thực hiện Quy định số 213-QĐ/TW về giữ mối liên hệ với nhân dân nơi cư trú;…",
      version: 1,
    });
    await concretiseCriterion(ctx, schoolSet, K.ex2, {
      body: "Trường: nêu gương trong giảng dạy.",
      version: 2,
    });
    await hideCriterion(ctx, schoolSet, K.fo6, 3);
    await publishSet(ctx, schoolSet, 4);

    const eff = await resolveEffectiveCriteria(ctx, tree.group.id, YEAR);
    expect(eff.levels.map((l) => l.unitId)).toEqual([
      tree.root.id,
      tree.bloc.id,
      tree.school.id,
      tree.cell.id,
      tree.group.id,
    ]);
    const ex = eff.criteria.filter((c) => c.group === "exemplar");
    const fo = eff.criteria.filter((c) => c.group === "follower");
    expect(ex.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    const ex2 = ex[1]!;
    expect(ex2.body).toBe("Trường: nêu gương trong giảng dạy.");
    expect(ex2.trail.map((o) => [o.unitId, o.kind])).toEqual([
      [tree.root.id, "added"],
      [tree.bloc.id, "concretised"],
      [tree.school.id, "concretised"],
    ]);
    expect(ex2.origin.docNumber).toBe("62-KH/ĐUK");
    expect(ex2.setVersionId).toBe(eff.levels[2]!.version!.id);
    expect(ex2.isCore).toBe(true);
    expect(ex2.coreFrom?.unitId).toBe(tree.root.id);
    // Group 2: criterion 6 hidden by the school, the school's own criterion appended last.
    expect(fo.map((c) => c.key)).not.toContain(K.fo6);
    expect(fo.at(-1)).toMatchObject({
      key: added.key,
      number: 6,
      origin: { unitId: tree.school.id, kind: "added" },
    });
    expect(eff.hidden).toEqual([
      expect.objectContaining({ key: K.fo6, hiddenBy: expect.objectContaining({ unitId: tree.school.id }) }),
    ]);

    const member = await getMemberCriteria(ctx, { unitId: tree.cell.id, group: "follower", year: YEAR });
    expect(member.criteria.every((c) => c.group === "follower")).toBe(true);
    expect(member.criteria).toHaveLength(6);
  });

  it("costs one D1 round trip for a five-level tree, whoever asks", async () => {
    const tree = await makeTree();
    const schoolSet = await startSet(tree, tree.school.id);
    await concretiseCriterion(tree.t.ctx(), schoolSet, K.ex1, {
      body: "Nội dung của trường cho tiêu chí 1.",
      version: 1,
    });
    await publishSet(tree.t.ctx(), schoolSet, 2);
    const member = await makeAccount(tree.t, "member", tree.group);
    const admin: TestAccount = {
      id: tree.t.adminId,
      login: "admin",
      role: "admin",
      unitId: tree.root.id,
      unitPath: tree.root.path,
      memberId: null,
      displayName: "Quản trị viên",
    };
    for (const actor of [member, admin]) {
      const meter = new Meter();
      const ctx = ctxFor(tree.t.info, actor, meter);
      const eff = await getMemberCriteria(ctx, { unitId: tree.group.id, group: "exemplar", year: YEAR });
      expect(eff.criteria[0]!.body).toBe("Nội dung của trường cho tiêu chí 1.");
      expect(meter.calls).toBe(1);
    }
  });

  it("lets a member read only units on their own path", async () => {
    const tree = await makeTree();
    const member = await makeAccount(tree.t, "member", tree.cell);
    const ctx = ctxFor(tree.t.info, member);
    await expect(resolveEffectiveCriteria(ctx, tree.school.id, YEAR)).resolves.toBeTruthy();
    await rejects(resolveEffectiveCriteria(ctx, tree.group.id, YEAR), 404);
  });
});

describe("core criteria", () => {
  it("cannot be hidden, removed or un-cored below the level that made them core (409, nothing changes)", async () => {
    const tree = await makeTree();
    const ctx = tree.t.ctx();
    const set = await startSet(tree, tree.school.id);
    await rejects(hideCriterion(ctx, set, K.ex1, 1), 409, /cốt lõi do Đảng bộ tỉnh/);
    await rejects(deleteCriterion(ctx, set, K.fo2, 1), 409, /không được ẩn, bỏ/);
    await concretiseCriterion(ctx, set, K.ex1, { body: "Nội dung cụ thể hóa của trường.", version: 1 });
    await rejects(updateCriterion(ctx, set, K.ex1, { isCore: false, version: 2 }), 409, /cốt lõi/);
    const view = await getSetView(ctx, set);
    expect(view.set.version).toBe(2);
    expect(view.workingRows.map((r) => r.kind)).toEqual(["concretised"]);
    // The level that made it core may drop it.
    await expect(deleteCriterion(ctx, tree.rootSetId, K.ex1, tree.rootVersion)).resolves.toMatchObject({
      mode: "in-place",
    });
  });

  it("a non-core criterion can be hidden; a core criterion added below protects the levels under it", async () => {
    const tree = await makeTree({ core: false });
    const ctx = tree.t.ctx();
    const school = await startSet(tree, tree.school.id);
    await hideCriterion(ctx, school, K.fo6, 1);
    const own = await addCriterion(ctx, school, {
      group: "exemplar",
      title: "Mô hình nêu gương",
      body: "xây dựng mô hình nêu gương của cá nhân;…",
      isCore: true,
      version: 2,
    });
    await publishSet(ctx, school, 3);
    const cell = await startSet(tree, tree.cell.id, "05-KH/CB");
    await rejects(hideCriterion(ctx, cell, own.key!, 1), 409, /cốt lõi do Đảng bộ Trường/);
  });
});

describe("versions", () => {
  it("edits in place until a plan uses the version, then drafts a new one; old plans keep their wording", async () => {
    const tree = await makeTree();
    const ctx = tree.t.ctx();
    const set = await startSet(tree, tree.school.id);
    await concretiseCriterion(ctx, set, K.ex1, { body: "Bản đầu tiên của trường.", version: 1 });
    const v1 = await publishSet(ctx, set, 2);
    const inPlace = await concretiseCriterion(ctx, set, K.ex1, {
      body: "Bản đầu tiên, sửa lỗi chính tả.",
      version: 3,
    });
    expect(inPlace).toMatchObject({ mode: "in-place", versionId: v1.versionId, versionNumber: 1 });

    // A plan is written against the cell's effective set: it pins the versions it used.
    const eff = await resolveEffectiveCriteria(ctx, tree.cell.id, YEAR, "exemplar");
    const pinned = eff.criteria[0]!.criterionVersionId;
    await writeBatch(ctx.db, criteriaUsageStatements(ctx, eff));

    const next = await concretiseCriterion(ctx, set, K.ex1, { body: "Bản thứ hai của trường.", version: 4 });
    expect(next).toMatchObject({ mode: "new-draft", versionNumber: 2 });
    expect(next.versionId).not.toBe(v1.versionId);
    // Members still see version 1 until version 2 is published.
    expect((await resolveEffectiveCriteria(ctx, tree.cell.id, YEAR, "exemplar")).criteria[0]!.body).toBe(
      "Bản đầu tiên, sửa lỗi chính tả.",
    );
    await publishSet(ctx, set, next.version);
    const after = await resolveEffectiveCriteria(ctx, tree.cell.id, YEAR, "exemplar");
    expect(after.criteria[0]!.body).toBe("Bản thứ hai của trường.");
    expect(after.criteria[0]!.criterionVersionId).not.toBe(pinned);
    const old = await criterionVersionsQuery(ctx, [pinned]);
    expect(old).toEqual([
      expect.objectContaining({ body: "Bản đầu tiên, sửa lỗi chính tả.", number: 1, status: "superseded" }),
    ]);
    const view = await getSetView(ctx, set);
    expect(view.versions.map((v) => [v.number, v.status, v.locked])).toEqual([
      [2, "published", false],
      [1, "superseded", true],
    ]);
  });

  it("a plan cannot pin a version that was edited after it was read", async () => {
    const tree = await makeTree();
    const ctx = tree.t.ctx();
    const set = await startSet(tree, tree.school.id);
    await concretiseCriterion(ctx, set, K.ex1, { body: "Nội dung ban đầu của trường.", version: 1 });
    await publishSet(ctx, set, 2);
    const eff = await resolveEffectiveCriteria(ctx, tree.cell.id, YEAR);
    await concretiseCriterion(ctx, set, K.ex1, { body: "Nội dung đã đổi của trường.", version: 3 });
    await rejects(writeBatch(ctx.db, criteriaUsageStatements(ctx, eff)), 409);
    await writeBatch(ctx.db, [markCriteriaVersionUsed(ctx, eff.levels[2]!.version!.id)]);
    expect((await getSetView(ctx, set)).editMode).toBe("new-draft");
  });
});

describe("notices", () => {
  it("tells the child when the parent changes or drops a criterion it concretised", async () => {
    const tree = await makeTree();
    const ctx = tree.t.ctx();
    const set = await startSet(tree, tree.school.id);
    await concretiseCriterion(ctx, set, K.ex2, { body: "Cụ thể hóa tiêu chí 2 cho trường.", version: 1 });
    expect((await getSetView(ctx, set)).notices).toEqual([]);
    const rootBefore = (await getSetView(ctx, tree.rootSetId)).effective.criteria.find(
      (c) => c.key === K.ex2,
    )!;
    await updateCriterion(ctx, tree.rootSetId, K.ex2, {
      body: "Nội dung mới của khung tỉnh cho tiêu chí 2.",
      version: tree.rootVersion,
    });
    const notices = (await getSetView(ctx, set)).notices;
    expect(notices).toEqual([
      expect.objectContaining({
        key: K.ex2,
        kind: "parent-changed",
        basis: { title: rootBefore.title, body: rootBefore.body },
        current: { title: rootBefore.title, body: "Nội dung mới của khung tỉnh cho tiêu chí 2." },
      }),
    ]);
    await rebaseCriterion(ctx, set, K.ex2, 2);
    expect((await getSetView(ctx, set)).notices).toEqual([]);
    await deleteCriterion(ctx, tree.rootSetId, K.ex2, tree.rootVersion + 1);
    expect((await getSetView(ctx, set)).notices).toEqual([
      expect.objectContaining({ kind: "parent-removed" }),
    ]);
  });

  it("a hiding that became illegal when the parent made the criterion core is ignored and blocks publishing", async () => {
    const tree = await makeTree({ core: false });
    const ctx = tree.t.ctx();
    const set = await startSet(tree, tree.school.id);
    await hideCriterion(ctx, set, K.fo6, 1);
    await updateCriterion(ctx, tree.rootSetId, K.fo6, { isCore: true, version: tree.rootVersion });
    const view = await getSetView(ctx, set);
    expect(view.notices).toEqual([expect.objectContaining({ key: K.fo6, kind: "now-core" })]);
    expect(view.effective.criteria.map((c) => c.key)).toContain(K.fo6);
    await rejects(publishSet(ctx, set, 2), 409, /khôi phục/);
  });
});

describe("scope", () => {
  it("a cell secretary edits only their subtree, reads the sets above and not a sibling's", async () => {
    const tree = await makeTree();
    const schoolSet = await startSet(tree, tree.school.id);
    const sibling = await makeUnit(tree.t, tree.school, "cell", "Chi bộ bên cạnh");
    const siblingSet = await startSet(tree, sibling.id, "02-KH/CB");
    const ctx = ctxFor(tree.t.info, await makeAccount(tree.t, "secretary", tree.cell));
    await expect(getSetView(ctx, schoolSet)).resolves.toMatchObject({ canEdit: false });
    const body = {
      group: "exemplar" as const,
      title: "Của chi bộ",
      body: "Tiêu chí riêng của chi bộ khoa.",
      version: 1,
    };
    await rejects(addCriterion(ctx, schoolSet, body), 403);
    await rejects(getSetView(ctx, siblingSet), 404);
    await rejects(addCriterion(ctx, siblingSet, body), 404);
    const cellSet = await startSet(tree, tree.cell.id, "01-KH/CB");
    await expect(addCriterion(ctx, cellSet, body)).resolves.toMatchObject({ mode: "draft" });
    const member = ctxFor(tree.t.info, await makeAccount(tree.t, "member", tree.cell));
    await rejects(getSetView(member, cellSet), 403);
  });
});
