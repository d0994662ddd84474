/** Who may call a route, as the matrix rows name it. */
import type { Who } from "./access-matrix";

export const ALL: Who[] = ["admin", "secretary", "member"];
export const MANAGERS: Who[] = ["admin", "secretary"];
export const ADMIN: Who[] = ["admin"];
export const PUBLIC: Who[] = ["public"];
