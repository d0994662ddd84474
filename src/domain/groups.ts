/** The two groups of the model: group 1 sets the example, group 2 actively follows. */
export const GROUPS = ["exemplar", "follower"] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_LABEL: Record<Group, string> = {
  exemplar: "Nhóm 1 – làm gương mẫu mực",
  follower: "Nhóm 2 – tích cực làm theo",
};
/** The label with the motto quoted, as the criteria frameworks write it. */
export const GROUP_MOTTO: Record<Group, string> = {
  exemplar: "Nhóm 1 – “Làm gương mẫu mực”",
  follower: "Nhóm 2 – “Tích cực làm theo”",
};
export const GROUP_SHORT: Record<Group, string> = { exemplar: "Nhóm 1", follower: "Nhóm 2" };
