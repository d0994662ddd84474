import { apiOps } from "../../platform/api-routes";
import { getMyTasks } from "./home-tasks.service";
import { TasksOut } from "./home.outputs";

const api = apiOps("home");

/** Mounted at /api/v1/me. */
export const homeApi = api.router(
  api.get("/tasks", {
    who: "all",
    summary:
      "“Việc đang chờ”: the signed-in person's next steps with deadlines (plan to write, fix or have confirmed, notebook review, self-assessment) and, for managers, the queues of their subtree by cell",
    out: TasksOut,
    problems: [401, 403],
    call: getMyTasks,
  }),
);
