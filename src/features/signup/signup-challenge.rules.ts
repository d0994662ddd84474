/**
 * A challenge that works without JavaScript: a small sum in Vietnamese words. The answer is
 * not stored anywhere; the hidden token carries an expiry, a nonce and an HMAC over both
 * plus the right answer, so checking is recomputing the HMAC with the answer given. Each
 * nonce is accepted once (recorded with the sign-up attempt).
 */
import { ServiceError } from "../../platform/errors";
import { newToken } from "../../platform/ids";

const WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
export const CHALLENGE_TTL_MS = 30 * 60 * 1000;
/** Local development only; production sets the SIGNUP_SECRET secret. */
const DEV_SECRET = "guong-mau-local-dev-signup-secret";

/** The HMAC secret: the SIGNUP_SECRET binding, or a fixed development key on localhost only. */
export function signupSecret(env: { SIGNUP_SECRET?: string }, url: string): string {
  if (env.SIGNUP_SECRET && env.SIGNUP_SECRET.length >= 16) return env.SIGNUP_SECRET;
  const host = new URL(url).hostname;
  if (host === "localhost" || host === "127.0.0.1" || host === "[::1]") return DEV_SECRET;
  throw new ServiceError("internal", "Chức năng đăng ký chưa được cấu hình (thiếu SIGNUP_SECRET).");
}

const b64url = (buf: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(buf)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replaceAll("=", "");

function fromB64url(s: string): Uint8Array | null {
  try {
    const bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

function key(secret: string) {
  return crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign", "verify"],
  );
}

const payload = (exp: number, nonce: string, answer: string) =>
  new TextEncoder().encode(`signup.${exp}.${nonce}.${answer}`);

export interface Challenge {
  question: string;
  token: string;
  expiresAt: number;
}

export async function makeChallenge(secret: string, now: number): Promise<Challenge> {
  const [a, b] = crypto.getRandomValues(new Uint8Array(2)).map((x) => 1 + (x % 10));
  const exp = now + CHALLENGE_TTL_MS;
  const nonce = newToken(12);
  const mac = await crypto.subtle.sign("HMAC", await key(secret), payload(exp, nonce, String(a! + b!)));
  const cap = WORDS[a!]!.charAt(0).toUpperCase() + WORDS[a!]!.slice(1);
  return {
    question: `${cap} cộng ${WORDS[b!]} bằng bao nhiêu?`,
    token: `${exp}.${nonce}.${b64url(mac)}`,
    expiresAt: exp,
  };
}

/** The token's nonce when the answer is right and the token unexpired; otherwise null. */
export async function checkChallenge(
  secret: string,
  token: string,
  answer: string,
  now: number,
): Promise<string | null> {
  const [expText, nonce, macText] = token.split(".");
  const exp = Number(expText);
  const mac = macText ? fromB64url(macText) : null;
  if (!Number.isSafeInteger(exp) || exp < now || !nonce || !/^[A-Za-z0-9_-]{16}$/.test(nonce) || !mac)
    return null;
  if (!/^\d{1,3}$/.test(answer.trim())) return null;
  const ok = await crypto.subtle.verify(
    "HMAC",
    await key(secret),
    mac,
    payload(exp, nonce, String(Number(answer))),
  );
  return ok ? nonce : null;
}

/** The nonce a token names (to count it as used even when the answer is wrong). */
export function challengeNonce(token: string): string | null {
  const nonce = token.split(".")[1];
  return nonce && /^[A-Za-z0-9_-]{16}$/.test(nonce) ? nonce : null;
}
