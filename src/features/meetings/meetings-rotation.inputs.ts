// The rotation of reports before the cell: what the API and the pages accept and answer.
import { z } from "@hono/zod-openapi";
import { GROUPS } from "../../domain/groups";
import { Id } from "../../domain/ids";
import { Version } from "../../domain/versions";
import { timestamp, viDate } from "../../platform/api-fields";
import { optionalQuery, yearQuery } from "../../platform/query-params";
import { orNull } from "../../platform/openapi";

/** A planned meeting date: dd/mm/yyyy or YYYY-MM-DD, in the rotation's year (checked by the service). */
const TurnDate = viDate({
  error: "Cần chọn ngày sinh hoạt.",
  invalid: "Ngày không hợp lệ (dạng dd/mm/yyyy).",
  example: "2026-12-05",
});
/** A whole number from `min` to `max`, with one message for any other value. */
const intIn = (min: number, max: number, message: string) =>
  z.number({ error: message }).int(message).min(min, message).max(max, message);

export const GenerateRotationInput = z
  .strictObject({
    unitId: Id,
    year: intIn(2000, 2100, "Năm không hợp lệ."),
    day: intIn(1, 31, "Ngày trong tháng từ 1 đến 31."),
    fromMonth: intIn(1, 12, "Tháng bắt đầu từ 1 đến 12.")
      .optional()
      .openapi({ description: "Default: this month in the current year, January in a later year." }),
  })
  .openapi("GenerateRotationInput");
export type GenerateRotationInput = z.infer<typeof GenerateRotationInput>;

export const AddTurnInput = z
  .strictObject({ unitId: Id, memberId: Id, date: TurnDate })
  .openapi("AddReportTurnInput");
export type AddTurnInput = z.infer<typeof AddTurnInput>;

export const UpdateTurnInput = z
  .strictObject({ date: TurnDate, version: Version })
  .openapi("UpdateReportTurnInput");
export type UpdateTurnInput = z.infer<typeof UpdateTurnInput>;

export const RotationQuery = z.object({ unitId: optionalQuery(Id), year: yearQuery("Năm không hợp lệ.") });
export type RotationQuery = z.infer<typeof RotationQuery>;

const nullableText = (description: string) => z.string().nullable().openapi({ description });

/** A member's turn: who, when it is planned, and once reported, at which meeting and what the cell said. */
export const TurnOut = z
  .object({
    id: z.string(),
    unitId: z.string(),
    year: z.number(),
    memberId: z.string(),
    memberName: z.string(),
  })
  .extend({
    group: z.enum(GROUPS),
    date: z.string().openapi({ description: "The planned meeting, YYYY-MM-DD" }),
  })
  .extend({ reported: z.boolean(), meetingId: nullableText("The meeting it was given at") })
  .extend({
    meetingDate: nullableText("YYYY-MM-DD"),
    remark: nullableText("The cell's remark on the report"),
  })
  .extend({ version: z.number(), updatedAt: timestamp() })
  .openapi("ReportTurn");
export type TurnOut = z.infer<typeof TurnOut>;

export const RotationOut = z
  .object({
    unit: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    year: z.number(),
    items: z.array(TurnOut),
    unscheduled: z
      .array(z.object({ id: z.string(), fullName: z.string() }))
      .openapi({ description: "Current members of the unit with no turn in the year" }),
  })
  .openapi("ReportRotation");
export type RotationOut = z.infer<typeof RotationOut>;

export const MyTurnOut = z.object({ turn: orNull(TurnOut) }).openapi("MyReportTurn");
export type MyTurnOut = z.infer<typeof MyTurnOut>;
