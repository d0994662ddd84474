import { describe, expect, it } from "vitest";
import { E, makeTenant } from "../../test/harness";
import { filesOf } from "./files";

describe("tenant file store", () => {
  it("keeps each tenant's objects under its own prefix, and refuses keys that could escape it", async () => {
    const a = await makeTenant();
    const b = await makeTenant();
    const bytes = new TextEncoder().encode("%PDF-1.4");
    await filesOf(a.ctx()).put("models/m1/f1", bytes, "application/pdf");
    const got = await filesOf(a.ctx()).get("models/m1/f1");
    expect(got?.contentType).toBe("application/pdf");
    await got?.body.cancel();
    expect(await filesOf(b.ctx()).get("models/m1/f1")).toBeNull();
    expect(await E.FILES.head(`t/${a.info.id}/models/m1/f1`)).not.toBeNull();
    for (const bad of ["../x", "/models/m1", "models/../../t/other/f", "models//f", ""])
      await expect(filesOf(a.ctx()).put(bad, bytes, "application/pdf")).rejects.toThrow(/invalid file key/);
    await filesOf(a.ctx()).delete(["models/m1/f1"]);
    expect(await filesOf(a.ctx()).get("models/m1/f1")).toBeNull();
  });
});
