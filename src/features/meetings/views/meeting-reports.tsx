// The meeting's reports before the cell: the members whose turn falls in the meeting's month (or is
// overdue), each with the cell's remark to record; a plain form each.
import type { FC } from "hono/jsx";
import { Card, Hidden } from "../../../ui/components";
import { FormBody, bindState } from "../../../ui/form-kit";
import { TextArea } from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import { ItemList } from "../../../ui/item-list";
import type { TurnOut } from "../meetings-rotation.inputs";
import type { MeetingForm } from "./meeting-fields";

/** The last day of the meeting's month: turns up to it are due at the meeting. */
const monthEnd = (date: string) => `${date.slice(0, 7)}-31`;

export const MeetingReports: FC<{
  base: string;
  meeting: { id: string; date: string; unitId: string; year: number };
  turns: TurnOut[];
  f?: MeetingForm | undefined;
}> = ({ base, meeting, turns, f }) => {
  // Due at this meeting: in its month or overdue; and the one whose form came back with an error.
  const due = turns.filter(
    (t) => !t.reported && (t.date <= monthEnd(meeting.date) || t.memberId === f?.values.memberId),
  );
  const v = bindState(f);
  const rotation = `${base.replace(/\/meetings$/, "/report-turns")}?unitId=${meeting.unitId}&year=${meeting.year}`;
  return (
    <Card title="Báo cáo trước chi bộ (luân phiên)">
      <ItemList
        items={due}
        empty="Không có đồng chí nào đến lượt báo cáo trong tháng của buổi sinh hoạt này."
        item={(t) => (
          <div class="report-turn">
            <p>
              <strong>{t.memberName}</strong>
              <span class="meta"> · theo lịch ngày {formatIsoDate(t.date)}</span>
            </p>
            <FormBody
              action={`${base}/${meeting.id}/reports`}
              errors={f?.values.memberId === t.memberId ? f.errors : undefined}
              submit="Ghi nhận đã báo cáo"
            >
              <Hidden name="memberId" value={t.memberId} />
              <TextArea
                label={`Nhận xét của chi bộ về báo cáo của đồng chí ${t.memberName}`}
                {...v(`c-${t.memberId}`, "")}
                rows={3}
                required
              />
            </FormBody>
          </div>
        )}
      />
      <p>
        <a href={rotation}>Lịch báo cáo luân phiên của chi bộ</a>
      </p>
    </Card>
  );
};
