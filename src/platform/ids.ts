const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A 16-character Crockford base32 id (80 random bits), globally unique. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = "";
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** A URL-safe random token with `bytes` bytes of entropy (default 32 = 256 bits). */
export function newToken(bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  let s = "";
  for (const b of raw) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
}

/** Hex SHA-256 of a token: tokens are stored only hashed. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

let lastMs = -1;
let lastTail: number[] = [];

/**
 * An id that sorts by time: 10 base32 characters of epoch ms, then 10 random ones. Ids made in the
 * same millisecond by one isolate count up from the first, so the events of one batch keep their order.
 * Change events use it so the feed's cursor is the last id read.
 */
export function newTimeId(ms: number): string {
  const at = Math.max(0, Math.floor(ms));
  if (at === lastMs) {
    let i = 9;
    while (i >= 0 && lastTail[i] === 31) lastTail[i--] = 0;
    if (i >= 0) lastTail[i]! += 1;
  } else {
    lastMs = at;
    lastTail = [...crypto.getRandomValues(new Uint8Array(10))].map((b, i) => (i === 0 ? b & 15 : b & 31));
  }
  return timeIdFloor(at) + lastTail.map((d) => ALPHABET[d]).join("");
}

/** The smallest time id of instant `ms`: every id made at or after `ms` sorts at or above it. */
export function timeIdFloor(ms: number): string {
  let t = Math.max(0, Math.floor(ms));
  let head = "";
  for (let i = 0; i < 10; i++) {
    head = ALPHABET[t % 32] + head;
    t = Math.floor(t / 32);
  }
  return head;
}
