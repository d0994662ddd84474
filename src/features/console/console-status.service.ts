/** Verify, suspend, reactivate: tenant_state first (what sessions read), then the registry. */
import { type OpCtx, auditOp, setTenantState } from "../../platform/control-plane";
import { and, eq } from "drizzle-orm";
import { tenants } from "../../db/schema/control";
import { guardChanged, writeBatch } from "../../platform/batch";
import { conflict, notFound } from "../../platform/errors";
import { forgetTenant } from "../../platform/tenancy";
import { type TenantListItem, tenantItem } from "./console.service";
import { activeJobQuery } from "../lifecycle";

type TenantRow = typeof tenants.$inferSelect;

async function liveTenant(o: OpCtx, id: string): Promise<TenantRow> {
  const [rows, active] = await o.control.batch([
    o.control.select().from(tenants).where(eq(tenants.id, id)).limit(1),
    activeJobQuery(o.control, id, ["move"]),
  ]);
  const t = rows[0];
  if (!t || t.status === "deleted") throw notFound("Không tìm thấy đơn vị.");
  if (active[0]) throw conflict("Đơn vị đang được chuyển cơ sở dữ liệu; hãy chờ xong.");
  return t;
}

type Change = "verify" | "suspend" | "reactivate";
const FROM: Record<Change, string[]> = {
  verify: ["unverified"],
  suspend: ["unverified", "active"],
  reactivate: ["suspended"],
};
const REFUSED: Record<Change, string> = {
  verify: "Chỉ xác minh được đơn vị đang chờ xác minh.",
  suspend: "Chỉ tạm ngừng được đơn vị đang hoạt động hoặc chờ xác minh.",
  reactivate: "Chỉ mở lại được đơn vị đang tạm ngừng.",
};

/**
 * Verify (lifts the member cap), suspend, reactivate. The tenant's own tenant_state is
 * written first so sessions stop (or resume) on their next request, then the registry.
 */
export async function changeStatus(
  o: OpCtx,
  id: string,
  change: Change,
  version?: number,
): Promise<TenantListItem> {
  const t = await liveTenant(o, id);
  if (!FROM[change].includes(t.status)) throw conflict(REFUSED[change]);
  if (version !== undefined && version !== t.version)
    throw conflict("Đơn vị vừa được thay đổi. Vui lòng tải lại trang.");
  // A tenant still under the unverified member cap goes back to "unverified".
  const status =
    change === "suspend"
      ? "suspended"
      : change === "verify" || t.memberCap === null
        ? "active"
        : "unverified";
  const after: TenantRow = {
    ...t,
    status,
    version: t.version + 1,
    updatedAt: o.now,
    ...(change === "verify" ? { verifiedAt: o.now, memberCap: null } : {}),
  };
  await setTenantState(o, t.dbBinding, t.id, { status });
  await writeBatch(o.control, [
    o.control
      .update(tenants)
      .set({
        status,
        version: after.version,
        updatedAt: o.now,
        verifiedAt: after.verifiedAt,
        memberCap: after.memberCap,
      })
      .where(and(eq(tenants.id, id), eq(tenants.version, t.version))),
    guardChanged(o.control),
    auditOp(o, `tenant.${change}`, t, {
      before: { status: t.status, memberCap: t.memberCap },
      after: { status, memberCap: after.memberCap },
    }),
  ]);
  forgetTenant(t);
  return tenantItem(after, null);
}
