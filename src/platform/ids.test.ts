import { describe, expect, it } from "vitest";
import { newId, newToken, sha256Hex } from "./ids";

describe("ids", () => {
  it("makes 16-char base32 ids and 256-bit tokens", async () => {
    expect(newId()).toMatch(/^[0-9a-z]{16}$/);
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sha256Hex("a")).toHaveLength(64);
  });
});
