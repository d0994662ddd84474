import { GROUP_LABEL, GROUPS, type Group } from "../../../domain/groups";
import type { FC } from "hono/jsx";
import {
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Empty,
  Hidden,
  numCol,
  PostForm,
  Table,
} from "../../../ui/components";
import { formatIsoDate, formatNumber, formatPercent } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";

import type { DashboardOut, DashboardRowOut, PeopleOut } from "../plans.outputs";
import { GroupBadge, LateBadge, StatusBadge } from "./plan-bits";

const COLS: { key: keyof DashboardRowOut["exemplar"]; label: string }[] = [
  { key: "members", label: "Đảng viên" },
  { key: "notStarted", label: "Chưa lập" },
  { key: "draft", label: "Đang soạn" },
  { key: "submitted", label: "Chờ xác nhận" },
  { key: "returned", label: "Trả lại" },
  { key: "confirmed", label: "Đã xác nhận" },
  { key: "late", label: "Nộp muộn" },
];

const GroupTable: FC<{ d: DashboardOut; g: Group; link: (id: string) => string }> = ({ d, g, link }) => (
  <Card title={GROUP_LABEL[g]}>
    <Table
      columns={[
        "Đơn vị",
        ...COLS.map((c) => numCol(c.label)),
        numCol("Đã đăng ký"),
        g === "follower" && "Trên trước, dưới sau",
      ]}
      class="stack"
    >
      {[d.total, ...d.children].map((r, i) => (
        <tr class={i === 0 ? "total" : ""}>
          <td data-label="Đơn vị">
            {i === 0 ? <b>{r.unit.name}</b> : <a href={link(r.unit.id)}>{r.unit.name}</a>}
          </td>
          {COLS.map((c) => (
            <td data-label={c.label} class="num">
              {formatNumber(r[g][c.key])}
            </td>
          ))}
          <td data-label="Đã đăng ký" class="num">
            {formatPercent(r[g].registered, r[g].members)}
          </td>
          {g === "follower" && (
            <td data-label="Trên trước, dưới sau">
              {r.leadersFirst ? (
                <Badge tone="good">Đạt</Badge>
              ) : (
                <Badge tone="warn">{formatNumber(r.follower.leadersLate)} nộp trước nhóm 1</Badge>
              )}
            </td>
          )}
        </tr>
      ))}
    </Table>
    {g === "follower" && (
      <p class="hint">
        Trên trước, dưới sau: “Đạt” khi không đảng viên nhóm 2 nào nộp kế hoạch trước lúc nhóm 1 của chi bộ
        mình nộp đủ.
      </p>
    )}
  </Card>
);

/** Completion by group for a unit and its children, then the people placed in the unit. */
export const DashboardPage: FC<{
  d: DashboardOut;
  people: PeopleOut;
  base: string;
  notice?: string | undefined;
}> = ({ d, people, base, notice }) => {
  const link = (id: string) => `${base}/plans/dashboard?unitId=${id}&year=${d.year}`;
  const back = `/plans/dashboard?unitId=${d.unit.id}&year=${d.year}`;
  const pending = people.items.filter(
    (p) => p.status === "not_started" || p.status === "draft" || p.status === "returned",
  );
  return (
    <>
      <Breadcrumbs
        items={[...d.ancestors.map((a) => ({ href: link(a.id), label: a.name })), { label: d.unit.name }]}
      />
      <PageTitle title="Tiến độ lập kế hoạch" subtitle={`${d.unit.name} · năm ${d.year}`} />
      {notice && <Alert kind="success">{notice}</Alert>}
      {d.cycle ? (
        <p class="hint">
          Hạn nộp: nhóm 1 {formatIsoDate(d.cycle.exemplarDeadline)}, nhóm 2{" "}
          {formatIsoDate(d.cycle.followerDeadline)}
          {d.cycle.status === "closed" ? " · chu kỳ đã khóa" : ""}
        </p>
      ) : (
        <Alert kind="warning">Chưa mở chu kỳ năm {d.year}.</Alert>
      )}
      {GROUPS.map((g) => (
        <GroupTable d={d} g={g} link={link} />
      ))}
      <Card title={`Đảng viên sinh hoạt tại ${d.unit.name}`}>
        {people.items.length === 0 ? (
          <Empty>Không có đảng viên sinh hoạt trực tiếp tại đơn vị này; xem từng chi bộ ở bảng trên.</Empty>
        ) : (
          <ul class="list">
            {people.items.map((p) => (
              <li>
                <span>
                  {p.planId ? <a href={`${base}/plans/${p.planId}`}>{p.fullName}</a> : p.fullName}{" "}
                  <GroupBadge group={p.group} />
                  <br />
                  <StatusBadge status={p.status} /> <LateBadge late={p.late} />
                </span>
                <span class="form-inline">
                  <a href={`${base}/plans/members/${p.memberId}?year=${d.year}`}>Nhập thay</a>
                  {(p.status === "not_started" || p.status === "draft" || p.status === "returned") &&
                    d.cycle?.status === "open" && (
                      <PostForm action={`${base}/plans/remind`} class="form-inline">
                        <Hidden name="year" value={d.year} />
                        <Hidden name="memberId" value={p.memberId} />
                        <Hidden name="back" value={back} />
                        <Button kind="secondary">Nhắc</Button>
                      </PostForm>
                    )}
                </span>
              </li>
            ))}
          </ul>
        )}
        {people.nextCursor && (
          <p class="hint">Danh sách chỉ hiện {formatNumber(people.items.length)} người đầu tiên.</p>
        )}
      </Card>
      {d.cycle?.status === "open" && (pending.length > 0 || d.children.length > 0) && (
        <PostForm action={`${base}/plans/remind`} class="form-inline no-print">
          <Hidden name="year" value={d.year} />
          <Hidden name="unitId" value={d.unit.id} />
          <Hidden name="back" value={back} />
          <Button kind="secondary">Nhắc tất cả người chưa nộp</Button>
        </PostForm>
      )}
    </>
  );
};
