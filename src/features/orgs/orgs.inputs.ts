import { z } from "@hono/zod-openapi";
import { timestamp } from "../../platform/api-fields";
import { Id } from "../../domain";

export const UNIT_KINDS = ["province", "district", "bloc", "grassroots", "cell", "group"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Lower rank = higher in the tree; a child must rank strictly below its parent. */
export const UNIT_RANK: Record<UnitKind, number> = {
  province: 0,
  district: 1,
  bloc: 1,
  grassroots: 2,
  cell: 3,
  group: 4,
};

export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  province: "Đảng bộ tỉnh",
  district: "Đảng bộ huyện/thành phố",
  bloc: "Đảng bộ Khối",
  grassroots: "Đảng bộ cơ sở",
  cell: "Chi bộ",
  group: "Tổ đảng",
};

const name = z.string().trim().min(2, "Tên cần ít nhất 2 ký tự.").max(200, "Tên tối đa 200 ký tự.");
const code = z
  .string()
  .trim()
  .min(1, "Cần nhập mã đơn vị.")
  .max(40, "Mã tối đa 40 ký tự.")
  .regex(/^[A-Za-z0-9._-]+$/, "Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.");

export const CreateUnitInput = z
  .strictObject({
    parentId: Id,
    kind: z.enum(UNIT_KINDS, { error: "Loại đơn vị không hợp lệ." }),
    code,
    name,
  })
  .openapi("CreateUnitInput");
export type CreateUnitInput = z.infer<typeof CreateUnitInput>;

export const UpdateUnitInput = z
  .strictObject({
    name: name.optional(),
    code: code.optional(),
    version: z.number().int().positive(),
  })
  .openapi("UpdateUnitInput");
export type UpdateUnitInput = z.infer<typeof UpdateUnitInput>;

export const MoveUnitInput = z
  .strictObject({ parentId: Id, version: z.number().int().positive() })
  .openapi("MoveUnitInput");
export type MoveUnitInput = z.infer<typeof MoveUnitInput>;

export const VersionInput = z.strictObject({ version: z.number().int().positive() }).openapi("VersionInput");

export const UnitOut = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(UNIT_KINDS),
    code: z.string(),
    name: z.string(),
    path: z.string(),
    depth: z.number(),
    status: z.enum(["active", "retired"]),
    version: z.number(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi("Unit");
export type UnitOut = z.infer<typeof UnitOut>;
