import { describe, expect, it } from "vitest";
import {
  PASSWORD_FLOOR,
  PASSWORD_PARAMS,
  hashPassword,
  parseHash,
  passwordProblem,
  verifyPassword,
} from "./passwords";

describe("password hashing", () => {
  it("never drops below the chosen scrypt floor, and stays within the Workers allowance", () => {
    expect(PASSWORD_PARAMS.N).toBeGreaterThanOrEqual(PASSWORD_FLOOR.N);
    expect(PASSWORD_PARAMS.r).toBeGreaterThanOrEqual(PASSWORD_FLOOR.r);
    expect(PASSWORD_PARAMS.p).toBeGreaterThanOrEqual(PASSWORD_FLOOR.p);
    expect(PASSWORD_PARAMS.N * PASSWORD_PARAMS.r * PASSWORD_PARAMS.p).toBeLessThanOrEqual(2 ** 20);
  });

  it("stores its parameters with the hash and verifies NFC-equivalent input", async () => {
    const h = await hashPassword("Mật khẩu 2026");
    const parsed = parseHash(h)!;
    expect([parsed.N, parsed.r, parsed.p]).toEqual([PASSWORD_PARAMS.N, PASSWORD_PARAMS.r, PASSWORD_PARAMS.p]);
    expect(await verifyPassword("Mật khẩu 2026".normalize("NFD"), h)).toBe(true);
    expect(await verifyPassword("Mat khau 2026", h)).toBe(false);
    expect(await verifyPassword("x", null)).toBe(false);
  });

  it("explains weak passwords in Vietnamese", () => {
    expect(passwordProblem("abc")).toMatch(/ít nhất 8/);
    expect(passwordProblem("abcdefgh")).toMatch(/chữ và số/);
    expect(passwordProblem("abcdefg1")).toBeNull();
  });
});
