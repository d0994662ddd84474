import type { Role } from "../domain/roles";
import type { Db } from "./db";

export type { Role };

export type TenantStatus = "unverified" | "active" | "suspended" | "deleting" | "deleted";

export interface TenantInfo {
  id: string;
  slug: string;
  name: string;
  status: TenantStatus;
  binding: string;
  readOnly: boolean;
  memberCap: number | null;
}

export interface Actor {
  accountId: string;
  login: string;
  displayName: string;
  role: Role;
  /** The unit a secretary acts for (and an admin's root); null for plain members. */
  unitId: string | null;
  /** Materialised path of unitId; the actor's scope is this subtree. */
  unitPath: string | null;
  memberId: string | null;
  sessionId: string;
  /** Set when the request authenticated with an API key (`accountId` is then the key's id). */
  apiKey?: { id: string; scopes: readonly ApiKeyScope[] };
}

export type ApiKeyScope = "read" | "write";

/** Set by a write whose batch carried change events (`pending`) or notifications (`push`): see platform/outbox.ts. */
export interface Outbox {
  pending: boolean;
  push?: boolean;
}

/** What every tenant-scoped service verb receives: the only way feature code reaches data. */
export interface Ctx {
  db: Db;
  tenant: TenantInfo;
  actor: Actor;
  requestId: string;
  now: number;
  /** The request's outbox flags: a write carried change events / notifications to push, so the app wakes their dispatchers. */
  outbox?: Outbox;
}

/** Context for the few verbs that run before sign-in (login, setup links). */
export interface PublicCtx {
  db: Db;
  tenant: TenantInfo;
  requestId: string;
  now: number;
}
