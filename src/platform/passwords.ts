import { scrypt as scryptCb, timingSafeEqual } from "node:crypto";

/** The floor a stored hash must meet; a unit test fails if PASSWORD_PARAMS drops below it. */
export const PASSWORD_FLOOR = { N: 2 ** 14, r: 8, p: 5 } as const;
/** N·r·p ≤ 2^20 keeps scrypt within the Workers runtime's allowance. */
export const PASSWORD_PARAMS = { N: 2 ** 14, r: 8, p: 5, keyLen: 32 } as const;

function scrypt(password: string, salt: Uint8Array, N: number, r: number, p: number, keyLen: number) {
  return new Promise<Buffer>((resolve, reject) =>
    scryptCb(password.normalize("NFC"), salt, keyLen, { N, r, p, maxmem: 256 * N * r + 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");

/** "scrypt$N$r$p$salt$hash": parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keyLen } = PASSWORD_PARAMS;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await scrypt(password, salt, N, r, p, keyLen);
  return `scrypt$${N}$${r}$${p}$${b64(salt)}$${b64(key)}`;
}

export function parseHash(
  stored: string,
): { N: number; r: number; p: number; salt: Buffer; key: Buffer } | null {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![N, r, p].every(Number.isInteger)) return null;
  return { N, r, p, salt: Buffer.from(parts[4]!, "base64"), key: Buffer.from(parts[5]!, "base64") };
}

/** Constant-time check. A null `stored` still runs a full hash so that unknown users take as long. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parseHash(stored) : null;
  if (!parsed) {
    await scrypt(password, new Uint8Array(16), PASSWORD_PARAMS.N, PASSWORD_PARAMS.r, PASSWORD_PARAMS.p, 32);
    return false;
  }
  const key = await scrypt(password, parsed.salt, parsed.N, parsed.r, parsed.p, parsed.key.length);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export const PASSWORD_MIN_LENGTH = 8;

/** Vietnamese message for a password that is too weak, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`;
  if (password.length > 200) return "Mật khẩu quá dài (tối đa 200 ký tự).";
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) return "Mật khẩu cần có cả chữ và số.";
  return null;
}
