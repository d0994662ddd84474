// Secrets the app must use again (webhook signing secrets) are sealed with AES-GCM under the Worker
// secret WEBHOOK_SECRETS_KEY (32 bytes, base64). Without it only a local run (`npm start`) may keep them,
// marked `plain:`; a deployed Worker refuses, so a missing secret never means plaintext in production.
import type { Bindings } from "../env";
import { ServiceError } from "./errors";

export interface SecretBox {
  seal(plain: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (s: string) => Uint8Array.from(atob(s), (ch) => ch.charCodeAt(0));

const NO_KEY =
  "Máy chủ chưa được cấu hình khóa mã hóa bí mật webhook (WEBHOOK_SECRETS_KEY). Vui lòng liên hệ quản trị nền tảng.";

/** The box of this Worker: AES-GCM with WEBHOOK_SECRETS_KEY, or plaintext in a local run only. */
export function secretBox(env: Pick<Bindings, "WEBHOOK_SECRETS_KEY" | "DEMO_SEED">): SecretBox {
  const raw = env.WEBHOOK_SECRETS_KEY;
  let key: Promise<CryptoKey> | null = null;
  const cryptoKey = () => {
    if (!raw) throw new ServiceError("conflict", NO_KEY);
    key ??= crypto.subtle.importKey("raw", unb64(raw), "AES-GCM", false, ["encrypt", "decrypt"]);
    return key;
  };
  return {
    async seal(plain) {
      if (!raw && env.DEMO_SEED) return `plain:${plain}`;
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv },
        await cryptoKey(),
        new TextEncoder().encode(plain),
      );
      return `v1:${b64(iv)}:${b64(new Uint8Array(data))}`;
    },
    async open(sealed) {
      if (sealed.startsWith("plain:")) return sealed.slice(6);
      const [, iv, data] = sealed.split(":");
      const out = await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: unb64(iv!) },
        await cryptoKey(),
        unb64(data!),
      );
      return new TextDecoder().decode(out);
    },
  };
}
