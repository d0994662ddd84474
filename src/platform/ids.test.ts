import { describe, expect, it } from "vitest";
import { newId, newTimeId, newToken, sha256Hex, timeIdFloor } from "./ids";

describe("ids", () => {
  it("makes 16-char base32 ids and 256-bit tokens", async () => {
    expect(newId()).toMatch(/^[0-9a-z]{16}$/);
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sha256Hex("a")).toHaveLength(64);
  });

  it("time ids sort by time, count up within a millisecond, and sit above their instant's floor", () => {
    const t = Date.UTC(2026, 11, 3, 8, 0, 0);
    const same = Array.from({ length: 50 }, () => newTimeId(t));
    expect(same).toEqual([...same].sort());
    expect(new Set(same).size).toBe(50);
    expect(newTimeId(t + 1) > same.at(-1)!).toBe(true);
    expect(newTimeId(t - 1) < timeIdFloor(t)).toBe(true);
    expect(same.every((id) => id >= timeIdFloor(t) && id < timeIdFloor(t + 1))).toBe(true);
    expect(same[0]).toMatch(/^[0-9a-z]{20}$/);
  });
});
