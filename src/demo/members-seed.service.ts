// Demo data (npm start): the member records of every demo person, written through the bulk
// path, and the demo accounts that have a card linked to their member.
import type { SeedState } from "./demo.service";
import { auditInsert } from "../platform/audit";
import { writeBatch } from "../platform/batch";
import { searchKey } from "../platform/text";
import {
  linkAccountsByCard,
  type BulkRow,
  bulkUpsertStatements,
  parsePositions,
  groupRulesQuery,
  rulesFrom,
  vietnameseSortKey,
} from "../features/members";

export async function seedMembersStep(s: SeedState): Promise<void> {
  const { ctx, demo } = s;
  const codes = (labels: string[], kind: "party" | "gov") => {
    const res = parsePositions(labels.join(";"), kind);
    if (res.unknown.length) throw new Error(`demo position not in the vocabulary: ${res.unknown.join(", ")}`);
    return res.codes;
  };
  const rows: BulkRow[] = demo.people.map((p) => ({
    c: p.card,
    n: p.fullName,
    s: searchKey(p.fullName),
    k: vietnameseSortKey(p.fullName),
    b: p.birthDate,
    g: p.gender === "nam" ? "male" : "female",
    u: s.unitIds[p.cell]!,
    j: p.joinedDate,
    o: p.officialDate,
    t: p.officialDate ? "official" : "probationary",
    p: codes(p.partyPositions, "party"),
    v: codes(p.govPositions, "gov"),
  }));
  const rules = rulesFrom(await groupRulesQuery(ctx)).positions;
  const columns = ["birthDate", "gender", "joinDate", "officialDate", "status", "party", "gov"] as const;
  await writeBatch(ctx.db, [
    ...bulkUpsertStatements(ctx, rows, { columns: [...columns], rules, reason: "Dữ liệu mẫu" }),
    auditInsert(ctx, {
      action: "member.seed",
      entityType: "tenant",
      entityId: ctx.tenant.id,
      after: { members: rows.length },
    }),
  ]);
  const pairs = demo.accounts.flatMap((a) =>
    a.card && s.accountIds[a.login] ? [{ accountId: s.accountIds[a.login]!, card: a.card }] : [],
  );
  await linkAccountsByCard(ctx, pairs);
}
