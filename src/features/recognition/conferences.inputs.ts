import { Id } from "../../domain/ids";
import { z } from "@hono/zod-openapi";
import { limitQuery } from "../../platform/query-params";
import { viDate, timestamp } from "../../platform/api-fields";
import { MAX_YEAR, MIN_YEAR } from "./recognition.inputs";

export const MODES = ["online", "in_person"] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABEL: Record<Mode, string> = { online: "Trực tuyến", in_person: "Trực tiếp" };

const ConferenceDate = viDate({
  invalid: "Ngày tổ chức không hợp lệ (dạng dd/mm/yyyy).",
  from: `${MIN_YEAR}-01-01`,
  to: `${MAX_YEAR}-12-31`,
  example: "20/05/2021",
});

const oneLine = (min: number, max: number, msg: string) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(min, msg).max(max, msg));
const count = (label: string, max: number) =>
  z
    .number({ error: `${label} phải là một số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(max, `${label} quá lớn.`);

const fields = {
  unitId: Id,
  date: ConferenceDate,
  title: oneLine(3, 300, "Tên hội nghị từ 3 đến 300 ký tự."),
  theme: oneLine(0, 500, "Chuyên đề tối đa 500 ký tự.").optional().openapi({
    description: "Empty: the tenant's year theme (chuyên đề năm) of the conference's year, if set",
  }),
  mode: z.enum(MODES, { error: "Hình thức là trực tuyến hoặc trực tiếp." }),
  sites: count("Số điểm cầu", 100_000).optional().openapi({ description: "Defaults to 1" }),
  participants: count("Số người tham dự", 10_000_000),
  note: z.string().trim().max(1000, "Ghi chú tối đa 1.000 ký tự.").optional(),
};

export const CreateConferenceInput = z.strictObject(fields).openapi("CreateConferenceInput");
export type CreateConferenceInput = z.infer<typeof CreateConferenceInput>;

export const UpdateConferenceInput = z
  .strictObject({
    date: fields.date.optional(),
    title: fields.title.optional(),
    theme: fields.theme,
    mode: fields.mode.optional(),
    sites: fields.sites,
    participants: fields.participants.optional(),
    note: fields.note,
    version: z.number().int().positive(),
  })
  .openapi("UpdateConferenceInput");
export type UpdateConferenceInput = z.infer<typeof UpdateConferenceInput>;

export const ListConferencesQuery = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  mode: z.enum(MODES).optional(),
  unitId: Id.optional(),
  unitCode: z.string().trim().max(40).optional().openapi({ description: "Unit subtree by unit code" }),
  cursor: z.string().max(100).optional(),
  limit: limitQuery(50),
});
export type ListConferencesQuery = z.infer<typeof ListConferencesQuery>;

export const ConferenceOut = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    date: z.string(),
    year: z.number(),
    title: z.string(),
    theme: z.string(),
    yearThemeId: z.string().nullable(),
    mode: z.enum(MODES),
    sites: z.number(),
    participants: z.number(),
    note: z.string(),
    version: z.number(),
    createdAt: timestamp(),
  })
  .openapi("Conference");
export type ConferenceOut = z.infer<typeof ConferenceOut>;
