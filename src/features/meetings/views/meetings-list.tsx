import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Alert,
  Badge,
  Button,
  Card,
  Empty,
  FormErrors,
  Hidden,
  LinkButton,
  PostForm,
} from "../../../ui/components";
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
  const at = (unitId: string, year = list.year) => `${base}?unitId=${unitId}&year=${year}`;
  return (
    <>
      <PageTitle title="Sinh hoạt chi bộ" subtitle={`${list.unit.name} · năm ${list.year}`} />
      <p class="muted">
        <a href={at(list.unit.id, list.year - 1)}>‹ Năm {list.year - 1}</a> ·{" "}
        <a href={at(list.unit.id, list.year + 1)}>Năm {list.year + 1} ›</a>
        {data.children.length > 0 && (
          <>
            {" "}
            · Đơn vị trực thuộc:{" "}
            {data.children.map((u) => (
              <a href={at(u.id)}>{u.name} </a>
            ))}
          </>
        )}
      </p>
      {done && DONE[done] && <Alert kind="success">{DONE[done]}</Alert>}
      {list.unit.canRecord && (
        <details class="panel" open={!!form}>
          <summary>Ghi biên bản sinh hoạt mới</summary>
          <div>
            <FormErrors errors={form?.errors} message={form?.message} />
            <PostForm action={base}>
              <Hidden name="unitId" value={list.unit.id} />
              <MeetingFields f={form} expected={data.memberCount} />
              <Button>Ghi biên bản</Button>
            </PostForm>
          </div>
        </details>
      )}
      <Card>
        {list.items.length === 0 ? (
          <Empty>Chưa có biên bản sinh hoạt nào trong năm {list.year}.</Empty>
        ) : (
          <div class="table-wrap">
            <table class="stack">
              <thead>
                <tr>
                  <th>Ngày</th>
                  <th>Chi bộ</th>
                  <th>Loại</th>
                  <th>Biên bản</th>
                  <th class="num">Dự họp</th>
                  <th>Biểu dương / phê bình</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((m) => (
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
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list.nextCursor && (
          <p>
            <LinkButton href={`${at(list.unit.id)}&cursor=${encodeURIComponent(list.nextCursor)}`}>
              Xem thêm
            </LinkButton>
          </p>
        )}
      </Card>
    </>
  );
};
