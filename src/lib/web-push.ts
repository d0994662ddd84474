// Web Push with WebCrypto only: the message encryption of RFC 8291 (the aes128gcm content coding of
// RFC 8188, one record) and the VAPID authorization of RFC 8292 (an ES256 JWT). No Node crypto, so the
// same code runs in the Worker and under Node's WebCrypto.

const enc = new TextEncoder();

export function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes base64url (padding optional); throws on anything else. */
export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error("not base64url");
  const b64 = text.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(b64 + "===".slice((b64.length + 3) % 4)), (ch) => ch.charCodeAt(0));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** HKDF-SHA-256 (extract and expand) of `ikm` with `salt` and `info`, `bytes` long. */
async function hkdf(salt: Uint8Array, ikm: Uint8Array, info: Uint8Array, bytes: number) {
  const key = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info }, key, bytes * 8);
  return new Uint8Array(bits);
}

/** A P-256 public key as the 65-byte uncompressed point a PushSubscription gives (`p256dh`). */
export function isP256Point(bytes: Uint8Array): boolean {
  return bytes.length === 65 && bytes[0] === 4;
}

/** The record size announced in the header: one record holds the whole (≤ 4 KB) message. */
const RECORD_SIZE = 4096;
/** The largest plaintext one record carries: the record, less the padding delimiter and the GCM tag. */
export const MAX_PLAINTEXT = RECORD_SIZE - 86 - 1 - 16;

export interface EncryptOptions {
  /** Fixed for tests; random otherwise. */
  salt?: Uint8Array;
  /** The application server's ephemeral ECDH key pair; a fresh one otherwise. */
  serverKeys?: CryptoKeyPair;
}

/**
 * Encrypts `plaintext` for a push subscription (RFC 8291): ECDH with the browser's `p256dh` key, HKDF
 * with its `auth` secret, AES-128-GCM over one record; the body is the RFC 8188 header and that record.
 */
export async function encryptPushPayload(
  plaintext: Uint8Array,
  uaPublic: Uint8Array,
  authSecret: Uint8Array,
  o: EncryptOptions = {},
): Promise<Uint8Array> {
  if (!isP256Point(uaPublic)) throw new Error("p256dh must be an uncompressed P-256 point");
  if (authSecret.length !== 16) throw new Error("auth must be 16 bytes");
  if (plaintext.length > MAX_PLAINTEXT) throw new Error("payload too large for one record");
  const ecdh = { name: "ECDH", namedCurve: "P-256" } as const;
  const server =
    o.serverKeys ?? ((await crypto.subtle.generateKey(ecdh, true, ["deriveBits"])) as CryptoKeyPair);
  const asPublic = new Uint8Array((await crypto.subtle.exportKey("raw", server.publicKey)) as ArrayBuffer);
  const ua = await crypto.subtle.importKey("raw", uaPublic, ecdh, false, []);
  // `public` is the WebCrypto name of the peer key (workers-types spells it `$public`).
  const peer = { name: "ECDH", public: ua } as unknown as Parameters<SubtleCrypto["deriveBits"]>[0];
  const shared = new Uint8Array(await crypto.subtle.deriveBits(peer, server.privateKey, 256));
  const keyInfo = concat(enc.encode("WebPush: info\0"), uaPublic, asPublic);
  const ikm = await hkdf(authSecret, shared, keyInfo, 32);
  const salt = o.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const cek = await hkdf(salt, ikm, enc.encode("Content-Encoding: aes128gcm\0"), 16);
  const nonce = await hkdf(salt, ikm, enc.encode("Content-Encoding: nonce\0"), 12);
  const key = await crypto.subtle.importKey("raw", cek, "AES-GCM", false, ["encrypt"]);
  // The last (and only) record ends with the delimiter 0x02 and no further padding.
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: nonce },
    key,
    concat(plaintext, Uint8Array.of(2)),
  );
  const header = new Uint8Array(21);
  header.set(salt, 0);
  new DataView(header.buffer).setUint32(16, RECORD_SIZE);
  header[20] = asPublic.length;
  return concat(header, asPublic, new Uint8Array(sealed));
}

/** The VAPID key pair of the Worker: the public key as browsers take it, and the signing key. */
export interface VapidKeys {
  /** base64url of the 65-byte uncompressed public point (the `applicationServerKey`). */
  publicKey: string;
  privateKey: CryptoKey;
  /** `mailto:` or `https:` contact of the sender, as RFC 8292 asks. */
  subject: string;
}

/**
 * Imports the VAPID signing key from the Worker secrets: the private key as base64url of the 32-byte
 * scalar `d` (what `web-push generate-vapid-keys` prints) or as a JWK (JSON); the public key gives x and y.
 */
export async function importVapidKeys(
  publicKey: string,
  privateKey: string,
  subject: string,
): Promise<VapidKeys> {
  const point = fromBase64url(publicKey.trim());
  if (!isP256Point(point)) throw new Error("VAPID_PUBLIC_KEY must be a base64url uncompressed P-256 point");
  const raw = privateKey.trim();
  const jwk: JsonWebKey = raw.startsWith("{")
    ? (JSON.parse(raw) as JsonWebKey)
    : {
        kty: "EC",
        crv: "P-256",
        d: raw,
        x: base64url(point.slice(1, 33)),
        y: base64url(point.slice(33)),
      };
  const key = await crypto.subtle.importKey(
    "jwk",
    { kty: "EC", crv: "P-256", d: jwk.d, x: jwk.x, y: jwk.y },
    { name: "ECDSA", namedCurve: "P-256" },
    false,
    ["sign"],
  );
  if (jwk.x !== base64url(point.slice(1, 33)) || jwk.y !== base64url(point.slice(33)))
    throw new Error("VAPID_PRIVATE_KEY does not belong to VAPID_PUBLIC_KEY");
  if (!/^(mailto:|https:\/\/)/.test(subject))
    throw new Error("VAPID_SUBJECT must be a mailto: or https: URL");
  return { publicKey: base64url(point), privateKey: key, subject };
}

/**
 * The `Authorization` header of a push request to `endpoint` (RFC 8292): `vapid t=<JWT>, k=<public key>`,
 * the JWT signed with ES256 for the push service's origin, valid 12 hours.
 */
export async function vapidAuthorization(keys: VapidKeys, endpoint: string, nowMs: number): Promise<string> {
  const json = (v: unknown) => base64url(enc.encode(JSON.stringify(v)));
  const claims = {
    aud: new URL(endpoint).origin,
    exp: Math.floor(nowMs / 1000) + 12 * 3600,
    sub: keys.subject,
  };
  const unsigned = `${json({ typ: "JWT", alg: "ES256" })}.${json(claims)}`;
  // WebCrypto signs ECDSA as r || s (IEEE P1363), which is what JWS ES256 wants.
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    keys.privateKey,
    enc.encode(unsigned),
  );
  return `vapid t=${unsigned}.${base64url(new Uint8Array(signature))}, k=${keys.publicKey}`;
}

/** A fresh VAPID key pair as the Worker secrets take it (the `npm run vapid:keys` script). */
export async function generateVapidSecrets(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const pub = new Uint8Array((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer);
  const jwk = (await crypto.subtle.exportKey("jwk", pair.privateKey)) as JsonWebKey;
  return { publicKey: base64url(pub), privateKey: jwk.d! };
}
