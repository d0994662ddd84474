// Vietnamese labels shared by the report pages.
import { GROUP_SHORT as SHORT } from "../../../domain/groups";

export const GROUP_SHORT: Record<string, string> = { ...SHORT, all: "Cả hai nhóm" };
