import { orNull } from "../../platform/openapi";
import { Id } from "../../domain/ids";
import { timestamp } from "../../platform/api-fields";
import { z } from "@hono/zod-openapi";
import { limitQuery } from "../../platform/query-params";
import { CommendationOut } from "./commendations.inputs";
import { MAX_YEAR, MIN_YEAR, Year } from "./recognition.inputs";

export { Id, MAX_YEAR, MIN_YEAR, Year };

export const MODEL_KINDS = ["collective", "individual"] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export const KIND_LABEL: Record<ModelKind, string> = { collective: "Tập thể", individual: "Cá nhân" };

/** Fields (lĩnh vực) of a model: a closed list so that figures and filters stay comparable. */
export const MODEL_FIELDS = [
  "economy",
  "poverty",
  "admin_reform",
  "study",
  "culture_society",
  "new_countryside",
  "defence_security",
  "party_building",
  "other",
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];
export const FIELD_LABEL: Record<ModelField, string> = {
  economy: "Phát triển kinh tế",
  poverty: "Giảm nghèo, an sinh xã hội",
  admin_reform: "Cải cách hành chính",
  study: "Học tập, sinh hoạt chuyên đề",
  culture_society: "Văn hóa - xã hội",
  new_countryside: "Xây dựng nông thôn mới",
  defence_security: "Quốc phòng - an ninh",
  party_building: "Xây dựng Đảng, hệ thống chính trị",
  other: "Lĩnh vực khác",
};

/** A model's status in a year. Active = every status but "stopped". */
export const MODEL_STATUSES = ["new", "maintained", "replicated", "stopped"] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];
export const STATUS_LABEL: Record<ModelStatus, string> = {
  new: "Xây dựng mới",
  maintained: "Duy trì, nâng chất",
  replicated: "Nhân rộng",
  stopped: "Ngừng thực hiện",
};

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_MODEL = 20;

const version = z.number().int().positive();
const title = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(3, "Tên mô hình cần ít nhất 3 ký tự.").max(300, "Tên mô hình tối đa 300 ký tự."));
const description = z.string().trim().max(5000, "Mô tả tối đa 5.000 ký tự.");
const field = z.enum(MODEL_FIELDS, { error: "Lĩnh vực không có trong danh mục." });
const status = z.enum(MODEL_STATUSES, { error: "Tình trạng không hợp lệ." });
const note = z.string().trim().max(1000, "Ghi chú tối đa 1.000 ký tự.");

export const YearStatusInput = z
  .strictObject({
    year: Year,
    status,
    exemplary: z.boolean().optional(),
    replicatedTo: z.array(Id).max(200, "Tối đa 200 đơn vị nhân rộng.").optional(),
    note: note.optional(),
  })
  .openapi("YearStatusInput");
export type YearStatusInput = z.infer<typeof YearStatusInput>;

export const CreateModelInput = z
  .strictObject({
    kind: z.enum(MODEL_KINDS, { error: "Loại mô hình là tập thể hoặc cá nhân." }),
    unitId: Id.optional().openapi({ description: "Collective models: the unit. Individual: omit." }),
    memberId: Id.optional().openapi({ description: "Individual models: the member." }),
    title,
    description: description.optional(),
    field,
    startYear: Year,
    firstYear: YearStatusInput.optional().openapi({ description: "Status of a first year, if known" }),
  })
  .openapi("CreateModelInput");
export type CreateModelInput = z.infer<typeof CreateModelInput>;

export const UpdateModelInput = z
  .strictObject({
    title: title.optional(),
    description: description.optional(),
    field: field.optional(),
    startYear: Year.optional(),
    published: z.boolean().optional(),
    version,
  })
  .openapi("UpdateModelInput");
export type UpdateModelInput = z.infer<typeof UpdateModelInput>;

/** What a member may change on their own individual model. */
export const MEMBER_EDITABLE = ["title", "description", "field", "version"] as const;

export const SetYearInput = YearStatusInput.extend({ version }).openapi("SetYearInput");
export type SetYearInput = z.infer<typeof SetYearInput>;

export const ListModelsQuery = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  status: status.optional(),
  kind: z.enum(MODEL_KINDS).optional(),
  field: field.optional(),
  exemplary: z.enum(["1", "0"]).optional(),
  unitId: Id.optional(),
  unitCode: z.string().trim().max(40).optional().openapi({ description: "Unit subtree by unit code" }),
  q: z.string().trim().max(100, "Từ khóa tối đa 100 ký tự.").optional(),
  cursor: z.string().max(100).optional(),
  limit: limitQuery(50),
});
export type ListModelsQuery = z.infer<typeof ListModelsQuery>;

export const SettingsInput = z
  .strictObject({
    publicPage: z.boolean(),
    publicTitle: z.string().trim().max(200, "Tiêu đề tối đa 200 ký tự.").optional(),
    publicIntro: z.string().trim().max(2000, "Lời giới thiệu tối đa 2.000 ký tự.").optional(),
    version: z.number().int().min(0),
  })
  .openapi("ExemplarSettingsInput");
export type SettingsInput = z.infer<typeof SettingsInput>;

export const YearOut = z.object({
  year: z.number(),
  status: z.enum(MODEL_STATUSES),
  exemplary: z.boolean(),
  replicatedTo: z.array(z.string()).openapi({ description: "Unit ids the model was replicated to" }),
  note: z.string(),
});
export const FileOut = z
  .object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number(),
    uploadedByLabel: z.string(),
    createdAt: timestamp(),
  })
  .openapi("ModelFile");
export type FileOut = z.infer<typeof FileOut>;

export const ModelOut = z
  .object({
    id: z.string(),
    kind: z.enum(MODEL_KINDS),
    unitId: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    memberId: z.string().nullable(),
    memberName: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    field: z.enum(MODEL_FIELDS),
    startYear: z.number(),
    published: z.boolean(),
    /** The latest year row (or the filtered year's). */
    current: orNull(YearOut),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("Model");
export type ModelOut = z.infer<typeof ModelOut>;
export type YearOut = z.infer<typeof YearOut>;

export const ModelDetailOut = ModelOut.extend({
  years: z.array(YearOut),
  files: z.array(FileOut),
  /** Names of the units the model was replicated to, any year. */
  replicatedUnits: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  commendations: z.array(CommendationOut),
}).openapi("ModelDetail");
export type ModelDetailOut = z.infer<typeof ModelDetailOut>;
