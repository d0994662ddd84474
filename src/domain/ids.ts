import { z } from "@hono/zod-openapi";

/** Ids are 16 characters of Crockford base32 (see platform/ids.ts). */
export const ID_PATTERN = /^[0-9a-z]{16}$/;

export const isId = (s: string | undefined | null): s is string => !!s && ID_PATTERN.test(s);

/** An id in a body, query or path, with the Vietnamese message every feature uses. */
export const Id = z.string().regex(ID_PATTERN, "Mã định danh không hợp lệ.");
