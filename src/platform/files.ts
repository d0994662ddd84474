import { env } from "cloudflare:workers";
import type { Bindings } from "../env";
import type { PublicCtx } from "./context";

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
}

/** A tenant's slice of the FILES bucket: every key lives under `t/<tenantId>/`. */
export interface TenantFiles {
  put(key: string, body: Uint8Array | ArrayBuffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(keys: string | string[]): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Keys are relative ("models/<id>/<fileId>"): no leading slash, no "..", nothing outside the tenant. */
function fullKey(tenantId: string, key: string): string {
  if (!KEY.test(key) || key.split("/").some((p) => p === "." || p === ".."))
    throw new Error(`invalid file key: ${key}`);
  return `t/${tenantId}/${key}`;
}

/**
 * The tenant-scoped file store. The R2 binding is reached only here, and only with the
 * tenant of a service context, so no feature can name another tenant's object.
 */
export function filesOf(ctx: Pick<PublicCtx, "tenant">): TenantFiles {
  const bucket = (env as unknown as Bindings).FILES;
  const tenantId = ctx.tenant.id;
  return {
    async put(key, body, contentType) {
      await bucket.put(fullKey(tenantId, key), body, { httpMetadata: { contentType } });
    },
    async get(key) {
      const obj = await bucket.get(fullKey(tenantId, key));
      if (!obj) return null;
      return {
        body: obj.body,
        size: obj.size,
        contentType: obj.httpMetadata?.contentType ?? "application/octet-stream",
      };
    },
    async delete(keys) {
      const list = (Array.isArray(keys) ? keys : [keys]).map((k) => fullKey(tenantId, k));
      for (let i = 0; i < list.length; i += 1000) await bucket.delete(list.slice(i, i + 1000));
    },
  };
}
