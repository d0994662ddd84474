import type { FC } from "hono/jsx";
import { Badge, Card } from "../../../ui/components";
import { formatIsoDate, formatNumber } from "../../../ui/format";
import { CAP } from "../home-tasks.rules";
import type { TasksOut } from "../home.outputs";

const count = (n: number) => (n > CAP ? `${formatNumber(CAP)}+` : formatNumber(n));

/** "Việc đang chờ": each task with its deadline and a link; a manager's waiting plans by cell. */
export const TasksCard: FC<{ tasks: TasksOut; base: string }> = ({ tasks, base }) => (
  <Card title="Việc đang chờ">
    {tasks.items.length === 0 ? (
      <p class="empty">Hiện chưa có việc nào đang chờ đồng chí.</p>
    ) : (
      <ul class="list tasks">
        {tasks.items.map((t) => (
          <li>
            <span>
              <b>
                <a href={`${base}${t.link}`}>{t.title}</a>
              </b>
              {t.detail && (
                <>
                  <br />
                  {t.detail}
                </>
              )}
              {t.deadline && (
                <>
                  <br />
                  <span class="meta">Hạn: {formatIsoDate(t.deadline)}</span>{" "}
                  {t.overdue && <Badge tone="bad">Quá hạn</Badge>}
                </>
              )}
            </span>
            {t.count !== null && <b>{count(t.count)}</b>}
          </li>
        ))}
      </ul>
    )}
    {tasks.byCell.length > 0 && (
      <>
        <h3>Kế hoạch chờ xác nhận theo chi bộ</h3>
        <ul class="list">
          {tasks.byCell.map((c) => (
            <li>
              <a href={`${base}${c.link}`}>{c.unitName}</a>
              <b>{formatNumber(c.waitingPlans)}</b>
            </li>
          ))}
        </ul>
      </>
    )}
  </Card>
);
