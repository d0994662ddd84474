import { z } from "@hono/zod-openapi";
import { IsoDate } from "../cycles";

export const TaskOut = z
  .object({
    /** plan.write | plan.fix | plan.waiting | notebook.<review> | evaluation.self | plans.confirm | notebook.comment | evaluations.propose | evaluations.decide | accounts.activate | onboarding */
    kind: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    deadline: IsoDate.nullable().openapi({ description: "Due date (Vietnam time), if any" }),
    overdue: z.boolean(),
    count: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "How many are waiting (a count past 999 is 1000)" }),
    link: z.string().openapi({ description: "Path under /t/{slug} where the work is done" }),
  })
  .openapi("Task");
export type TaskOut = z.infer<typeof TaskOut>;

export const TasksOut = z
  .object({
    year: z.number().int(),
    /** The member's cell and its secretaries; null for an account without a member record. */
    cell: z.object({ id: z.string(), name: z.string(), secretaries: z.array(z.string()) }).nullable(),
    items: z.array(TaskOut),
    /** Cells of the manager's subtree with plans waiting for confirmation, most first (at most 20). */
    byCell: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        waitingPlans: z.number().int(),
        link: z.string(),
      }),
    ),
  })
  .openapi("Tasks");
export type TasksOut = z.infer<typeof TasksOut>;
