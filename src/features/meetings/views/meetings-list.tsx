import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { type ListHref, MoreLink, YearUnitNav } from "../../../platform/list-views";
import { Alert, Badge, Card, DataTable, Hidden, numCol } from "../../../ui/components";
import { FormPanel } from "../../../ui/form-kit";
import { formatIsoDate, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import { MEETING_KIND_LABEL } from "../meetings.inputs";
import type { MeetingsPage } from "../meetings-view.service";

import { DONE, type MeetingForm, MeetingFields } from "./meeting-fields";

export const MeetingsList: FC<{
  ctx: Ctx;
  data: MeetingsPage;
  form?: MeetingForm | undefined;
  done?: string | undefined;
}> = ({ ctx, data, form, done }) => {
  const base = `/t/${ctx.tenant.slug}/meetings`;
  const { list } = data;
  const at: ListHref = (to) => `${base}?unitId=${to.unitId ?? list.unit.id}&year=${to.year ?? list.year}`;
  return (
    <>
      <PageTitle title="Sinh hoạt chi bộ" subtitle={`${list.unit.name} · năm ${list.year}`} />
      <YearUnitNav year={list.year} href={at} units={data.children} />
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {list.unit.canRecord && (
        <FormPanel
          title="Ghi biên bản sinh hoạt mới"
          action={base}
          state={form}
          message={form?.message}
          submit="Ghi biên bản"
        >
          <Hidden name="unitId" value={list.unit.id} />
          <MeetingFields f={form} expected={data.memberCount} />
        </FormPanel>
      )}
      <Card>
        <DataTable
          items={list.items}
          empty={`Chưa có biên bản sinh hoạt nào trong năm ${list.year}.`}
          columns={["Ngày", "Chi bộ", "Loại", "Biên bản", numCol("Dự họp"), "Biểu dương / phê bình"]}
          class="stack"
          row={(m) => (
            <tr>
              <td data-label="Ngày">
                <a href={`${base}/${m.id}`}>{formatIsoDate(m.date)}</a>
              </td>
              <td data-label="Chi bộ">{m.unitName}</td>
              <td data-label="Loại">
                {MEETING_KIND_LABEL[m.kind]}
                {m.topic && `: ${m.topic}`}
              </td>
              <td data-label="Biên bản">{m.minutesNumber}</td>
              <td data-label="Dự họp" class="num">
                {formatNumber(m.attendance)}/{formatNumber(m.expected)}
              </td>
              <td data-label="Biểu dương / phê bình">
                <Badge tone="good">{m.praiseCount}</Badge> <Badge tone="bad">{m.criticismCount}</Badge>
              </td>
            </tr>
          )}
        />
        <MoreLink href={at({})} cursor={list.nextCursor} />
      </Card>
    </>
  );
};
