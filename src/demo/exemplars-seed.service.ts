// Demo data (npm start): a few models with their year statuses, commendations and study
// conferences on tra-vinh and kon-tum, and kon-tum's public page turned on.
import { inArray } from "drizzle-orm";
import { members } from "../db/schema/tenant/members";
import { scoped } from "../platform/scope";
import type { SeedState } from "./demo.service";
import { actAs } from "./plans-seed.service";
import {
  createCommendation,
  createConference,
  rememberDecisionDefaults,
  updateSettings,
  createModel,
  updateModel,
  setModelYear,
  type CreateModelInput,
} from "../features/recognition";

// Members of the school's cells commended in one decision of the school's committee.
const DECISION_CARDS = ["79.100206", "79.100209", "79.100215", "79.100224"];

/**
 * One decision with several recipients (a cell and four members) and the school secretary's
 * remembered signer, so the decision and its certificates come out of the registry in one click.
 */
async function seedDecision(s: SeedState, member: (card: string) => string | undefined, y1: number) {
  const decision = {
    level: "grassroots",
    form: "giay_khen",
    decisionNumber: "05-QĐ/ĐU",
    decisionDate: `${y1}-12-28`,
    issuer: "Đảng ủy Trường Chính trị",
  } as const;
  await createCommendation(s.ctx, {
    ...decision,
    subjectType: "unit",
    subjectId: s.unitIds.cb1!,
    content: "Tập thể chi bộ tiêu biểu trong thực hiện mô hình",
  });
  for (const card of DECISION_CARDS) {
    const id = member(card);
    if (id) await createCommendation(s.ctx, { ...decision, subjectType: "member", subjectId: id });
  }
  const secretary = await actAs(s, "bithu.truong");
  if (secretary)
    await rememberDecisionDefaults(secretary, {
      place: "Trà Vinh",
      signerAuthority: "T/M Đảng ủy",
      signerTitle: "Bí thư",
      signerName: "Thạch Minh Quang",
    });
}

type Seed = { model: CreateModelInput; next?: "maintained" | "replicated"; publish?: boolean };

export async function seedExemplarsStep(s: SeedState): Promise<void> {
  const { ctx, demo, unitIds: u } = s;
  if (demo.slug !== "tra-vinh" && demo.slug !== "kon-tum") return;
  const year = new Date(ctx.now).getUTCFullYear();
  const cards = demo.slug === "tra-vinh" ? ["79.100224", ...DECISION_CARDS] : ["62.300103", "62.300107"];
  const found = await ctx.db
    .select({ id: members.id, card: members.cardNumber })
    .from(members)
    .where(scoped(ctx, members.tenantId, inArray(members.cardNumber, cards)));
  const member = (card: string) => found.find((m) => m.card === card)?.id;
  const seeds: Seed[] =
    demo.slug === "tra-vinh"
      ? [
          {
            model: {
              kind: "collective",
              unitId: u.truong!,
              title: "Giảng viên mẫu mực, học viên làm theo",
              field: "study",
              startYear: year - 1,
              description: "Mỗi giảng viên đăng ký một việc làm theo Bác gắn với bài giảng.",
              firstYear: { year: year - 1, status: "new", exemplary: true },
            },
            next: "replicated",
            publish: true,
          },
          {
            model: {
              kind: "collective",
              unitId: u.cb1!,
              title: "Chi bộ Khoa Xây dựng Đảng: sinh hoạt chuyên đề hằng tháng",
              field: "party_building",
              startYear: year,
              firstYear: { year, status: "new" },
            },
          },
          ...(member("79.100224")
            ? [
                {
                  model: {
                    kind: "individual",
                    memberId: member("79.100224")!,
                    title: "Tiết kiệm điện, giấy trong công việc hằng ngày",
                    field: "other",
                    startYear: year,
                    firstYear: { year, status: "new" },
                  } satisfies CreateModelInput,
                },
              ]
            : []),
        ]
      : [
          {
            model: {
              kind: "collective",
              unitId: u.cb3!,
              title: "Tiết kiệm, hỗ trợ vốn vay làm ăn kinh tế",
              field: "poverty",
              startYear: year - 1,
              description: "Đảng viên góp quỹ tiết kiệm, cho hộ nghèo vay không lãi để phát triển sản xuất.",
              firstYear: { year: year - 1, status: "new", exemplary: true },
            },
            next: "maintained",
            publish: true,
          },
          {
            model: {
              kind: "collective",
              unitId: u.cb1!,
              title: "Sinh hoạt tư tưởng trong buổi chào cờ sáng thứ hai",
              field: "study",
              startYear: year - 1,
              firstYear: { year: year - 1, status: "new" },
            },
            next: "maintained",
          },
          ...(member("62.300107")
            ? [
                {
                  model: {
                    kind: "individual",
                    memberId: member("62.300107")!,
                    title: "Kể chuyện về tấm gương đạo đức Hồ Chí Minh cho thiếu nhi",
                    field: "culture_society",
                    startYear: year,
                    firstYear: { year, status: "new", exemplary: true },
                  },
                  publish: true,
                } satisfies Seed,
              ]
            : []),
        ];
  const ids: string[] = [];
  for (const seed of seeds) {
    const m = await createModel(ctx, seed.model);
    ids.push(m.id);
    let version = 1;
    if (seed.next) {
      const replicatedTo = seed.next === "replicated" ? [u.cb2!, u.cb3!] : undefined;
      await setModelYear(ctx, m.id, { year, status: seed.next, exemplary: true, replicatedTo, version });
      version++;
    }
    if (seed.publish) await updateModel(ctx, m.id, { published: true, version });
  }
  const first = ids[0]!;
  const y1 = year - 1;
  if (demo.slug === "tra-vinh") {
    await createCommendation(ctx, {
      subjectType: "model",
      subjectId: first,
      level: "province",
      form: "bang_khen",
      decisionNumber: "215-QĐ/TU",
      decisionDate: `${y1}-12-20`,
      issuer: "Ban Thường vụ Tỉnh ủy Trà Vinh",
      content: "Mô hình tiêu biểu trong học tập và làm theo Bác",
    });
    await createConference(ctx, {
      unitId: u.truong!,
      date: `${year}-03-10`,
      title: "Hội nghị học tập, quán triệt chuyên đề năm",
      theme: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      mode: "in_person",
      participants: 48,
    });
    await seedDecision(s, member, y1);
    return;
  }
  await createCommendation(ctx, {
    subjectType: "unit",
    subjectId: u.xa!,
    level: "central",
    form: "bang_khen",
    decisionNumber: "1520/QĐ-TTg",
    decisionDate: `${y1}-12-15`,
    issuer: "Thủ tướng Chính phủ",
    content: "Tập thể có thành tích xuất sắc trong học tập và làm theo Bác",
  });
  await createCommendation(ctx, {
    subjectType: "model",
    subjectId: first,
    level: "province",
    form: "bieu_duong",
    decisionNumber: "88-QĐ/TU",
    decisionDate: `${y1}-05-19`,
    issuer: "Bí thư Tỉnh ủy Kon Tum",
  });
  if (member("62.300103"))
    await createCommendation(ctx, {
      subjectType: "member",
      subjectId: member("62.300103")!,
      level: "district",
      form: "giay_khen",
      decisionNumber: "45-QĐ/TU",
      decisionDate: `${y1}-05-19`,
      issuer: "Thành ủy Kon Tum",
    });
  await createConference(ctx, {
    unitId: u.tinh!,
    date: `${y1}-06-05`,
    title: "Hội nghị trực tuyến học tập chuyên đề năm",
    theme: "Chuyên đề năm của Ban Bí thư",
    mode: "online",
    sites: 75,
    participants: 10930,
  });
  await createConference(ctx, {
    unitId: u.px!,
    date: `${y1}-07-12`,
    title: "Sinh hoạt chuyên đề phường Quang Trung",
    theme: "Chuyên đề năm của Ban Bí thư",
    mode: "in_person",
    participants: 46,
  });
  await updateSettings(ctx, {
    publicPage: true,
    publicTitle: "Gương người tốt, việc tốt tỉnh Kon Tum",
    version: 0,
  });
}
