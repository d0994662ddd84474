// The member's turn to report before the cell, on their home page: the date while it is ahead,
// then where to read the cell's remark.
import type { FC } from "hono/jsx";
import { Alert } from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import type { TurnOut } from "../meetings-rotation.inputs";

export const TurnNotice: FC<{ turn: TurnOut | null; base: string }> = ({ turn, base }) =>
  !turn ? null : turn.reported ? (
    <Alert kind="success">
      Đồng chí đã báo cáo việc thực hiện kế hoạch trước chi bộ
      {turn.meetingDate ? ` tại buổi sinh hoạt ngày ${formatIsoDate(turn.meetingDate)}` : ""}.{" "}
      <a href={`${base}/members/${turn.memberId}/notebook?year=${turn.year}`}>
        Xem nhận xét của chi bộ trong sổ tay
      </a>
      .
    </Alert>
  ) : (
    <Alert kind="info">
      Đồng chí được phân công báo cáo tại buổi sinh hoạt ngày {formatIsoDate(turn.date)}: báo cáo kết quả thực
      hiện kế hoạch cá nhân trước chi bộ.
    </Alert>
  );
