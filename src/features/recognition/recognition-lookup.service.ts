/** Codes typed in forms (unit codes, card numbers) to ids, within the actor's scope: one round trip. */
import { sql } from "drizzle-orm";
import { units } from "../../db/schema/tenant/core";
import { members } from "../../db/schema/tenant/members";
import type { Ctx } from "../../platform/context";
import { withTheirUnits } from "../../platform/member-units";
import { invalid } from "../../platform/errors";
import { pathInActorScope, scoped } from "../../platform/scope";
import { aliased } from "./models.queries";

export interface Lookup {
  unit(code: string, field: string): string;
  units(codes: string[], field: string): string[];
  member(card: string, field: string): string;
}

const splitCodes = (s: string) => [...new Set(s.split(/[,;\s]+/).filter(Boolean))];

/** Resolves the codes once; each getter throws a field error (400) for a code out of reach. */
export async function lookupCodes(ctx: Ctx, unitCodes: string[], cards: string[]): Promise<Lookup> {
  const codes = JSON.stringify([...new Set(unitCodes.flatMap(splitCodes))]);
  const cardList = JSON.stringify([
    ...new Set(cards.map((c) => c.replace(/\s+/g, "").toUpperCase()).filter(Boolean)),
  ]);
  const [us, ms] = await ctx.db.batch([
    ctx.db
      .select({ id: units.id, code: units.code, path: units.path })
      .from(units)
      .where(scoped(ctx, units.tenantId, sql`${units.code} IN (SELECT value FROM json_each(${codes}))`)),
    withTheirUnits(
      ctx.db
        .select({
          id: members.id,
          card: members.cardNumber,
          path: units.path,
          unitId: aliased<string>(units.id, "unit_id_"),
        })
        .from(members),
      ctx,
      sql`${members.cardNumber} IN (SELECT value FROM json_each(${cardList}))`,
    ),
  ]);
  const unitIds = new Map(us.filter((u) => pathInActorScope(ctx, u.path)).map((u) => [u.code, u.id]));
  const memberIds = new Map(ms.filter((m) => pathInActorScope(ctx, m.path)).map((m) => [m.card, m.id]));
  const unitOf = (code: string, field: string) => {
    const id = unitIds.get(code.trim());
    if (!id) throw invalid({ [field]: "Không tìm thấy đơn vị có mã này trong phạm vi của đồng chí." });
    return id;
  };
  return {
    unit: unitOf,
    units: (codes, field) => codes.flatMap(splitCodes).map((c) => unitOf(c, field)),
    member(card, field) {
      const id = memberIds.get(card.replace(/\s+/g, "").toUpperCase());
      if (!id)
        throw invalid({ [field]: "Không tìm thấy đảng viên có số thẻ này trong phạm vi của đồng chí." });
      return id;
    },
  };
}
