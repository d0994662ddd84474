// Standard Webhooks (https://www.standardwebhooks.com): the signature is the base64 HMAC-SHA256 of
// "<webhook-id>.<webhook-timestamp>.<body>" under the secret's bytes (the base64 after `whsec_`),
// sent as `v1,<signature>`; while an old secret is still valid, both signatures are sent, space-separated.

/** Retries after a failed attempt, in seconds: the last try is about a day after the first (ADR 013). */
export const RETRY_DELAYS_S = [5, 30, 120, 600, 3_600, 10_800, 28_800, 43_200];
/** Attempts in all: the first and one per retry. */
export const MAX_ATTEMPTS = RETRY_DELAYS_S.length + 1;
/** An endpoint whose every attempt failed for this long is disabled. */
export const FAILING_DISABLE_MS = 5 * 86_400_000;
/** How long an attempt waits for the receiver's answer. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

const secretBytes = (secret: string) =>
  Uint8Array.from(atob(secret.startsWith("whsec_") ? secret.slice(6) : secret), (c) => c.charCodeAt(0));

async function sign(secret: string, content: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    secretBytes(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(content));
  return `v1,${btoa(String.fromCharCode(...new Uint8Array(mac)))}`;
}

/** The three Standard Webhooks headers of one attempt, signed with every secret given. */
export async function webhookHeaders(
  secrets: string[],
  id: string,
  timestampS: number,
  body: string,
): Promise<Record<string, string>> {
  const content = `${id}.${timestampS}.${body}`;
  const signatures = await Promise.all(secrets.map((s) => sign(s, content)));
  return {
    "content-type": "application/json",
    "user-agent": "GuongMau-Webhooks/1",
    "webhook-id": id,
    "webhook-timestamp": String(timestampS),
    "webhook-signature": signatures.join(" "),
  };
}
