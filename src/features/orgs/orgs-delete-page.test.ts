import { describe, expect, it } from "vitest";
import { call, expectStatus } from "../../../test/harness";
import { signedIn, underRoot, world } from "../../../test/world";

describe("deleting a unit from its page", () => {
  it("asks for the unit's name, typed; a wrong or missing one refuses and keeps the unit", async () => {
    const { t, cookie } = await world();
    const cell = await underRoot(t, "cell", "Chi bộ Sẽ Xóa");
    const page = `/t/${t.info.slug}/admin/units/${cell.id}`;
    const shown = await expectStatus(await call("GET", page, { cookie }), 200);
    expect(shown).toContain("Gõ tên đơn vị để xác nhận xóa");
    const none = await expectStatus(
      await call("POST", `${page}/delete`, { cookie, form: { version: "1" } }),
      400,
    );
    expect(none).toContain(
      "Gõ tên đơn vị để xác nhận xóa: Gõ đúng tên đơn vị «Chi bộ Sẽ Xóa» để xác nhận xóa.",
    );
    await expectStatus(
      await call("POST", `${page}/delete`, { cookie, form: { version: "1", confirmName: "Chi bộ khác" } }),
      400,
    );
    await expectStatus(await call("GET", page, { cookie }), 200);
    // Only an admin deletes: a secretary is refused before any confirmation is asked.
    const sec = await signedIn(t, "secretary", await underRoot(t, "cell"));
    await expectStatus(
      await call("POST", `${page}/delete`, {
        cookie: sec.cookie,
        form: { version: "1", confirmName: "Chi bộ Sẽ Xóa" },
      }),
      403,
    );
    const ok = await call("POST", `${page}/delete`, {
      cookie,
      form: { version: "1", confirmName: " Chi bộ Sẽ Xóa " },
    });
    expect(ok.status).toBe(303);
    await expectStatus(await call("GET", page, { cookie }), 404);
  });
});
