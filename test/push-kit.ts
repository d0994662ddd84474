/** Web Push test helpers: a phone (its keys, as a browser makes them) and the decoder of what reaches it. */
import { createECDH, randomBytes } from "node:crypto";
import ece from "http_ece";
import type { Bindings } from "../src/env";
import { base64url, generateVapidSecrets } from "../src/lib/web-push";
import { E } from "./harness";
import { memoryQueue } from "./queue-kit";

/** A browser's push subscription: the P-256 key pair and auth secret only the phone knows. */
export function phone(endpoint = "https://push.example.net/send/dien-thoai-1") {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    subscription: {
      endpoint,
      expirationTime: null,
      keys: { p256dh: base64url(ecdh.getPublicKey()), auth: base64url(auth) },
    },
    /** What the phone reads from an encrypted body, decrypted by the reference decoder (http_ece). */
    read: (body: Uint8Array) =>
      ece
        .decrypt(Buffer.from(body), { version: "aes128gcm", privateKey: ecdh, authSecret: auth })
        .toString("utf8"),
  };
}

/** A Worker environment's VAPID secrets, fresh for a test. */
export async function vapidEnv() {
  const keys = await generateVapidSecrets();
  return {
    VAPID_PUBLIC_KEY: keys.publicKey,
    VAPID_PRIVATE_KEY: keys.privateKey,
    VAPID_SUBJECT: "mailto:quantri@tinhuy.example.vn",
  };
}

/** The claims of a VAPID `Authorization` header, after checking its ES256 signature with the key it names. */
export async function verifyVapid(
  header: string,
): Promise<{ aud: string; exp: number; sub: string; k: string }> {
  const m = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(header);
  if (!m) throw new Error(`not a VAPID header: ${header}`);
  const [, head, claims, sig, k] = m as unknown as string[];
  const b = (s: string) => Buffer.from(s!, "base64url");
  const key = await crypto.subtle.importKey("raw", b(k!), { name: "ECDSA", namedCurve: "P-256" }, false, [
    "verify",
  ]);
  const ok = await crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    key,
    b(sig!),
    new TextEncoder().encode(`${head}.${claims}`),
  );
  if (!ok) throw new Error("VAPID signature does not verify");
  expectHeader(JSON.parse(b(head!).toString()));
  return { ...JSON.parse(b(claims!).toString()), k: k! };
}

function expectHeader(h: { typ?: string; alg?: string }) {
  if (h.alg !== "ES256" || h.typ !== "JWT") throw new Error(`JWT header ${JSON.stringify(h)}`);
}

/** A push service answering the statuses given in turn (then 201), keeping each request it got. */
export function pushService(statuses: number[] = []) {
  const got: { url: string; headers: Record<string, string>; body: Uint8Array }[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    got.push({ url, headers: init.headers as Record<string, string>, body: init.body as Uint8Array });
    return new Response(null, { status: statuses.shift() ?? 201 });
  }) as unknown as typeof fetch;
  return { got, fetcher };
}

/** The Worker's bindings with Web Push on and a JOBS queue that keeps its messages. */
export async function pushOnEnv() {
  const jobs = memoryQueue();
  const env = { ...E, ...(await vapidEnv()), JOBS: jobs } as unknown as Bindings;
  return { env, jobs };
}
