import { GROUP_SHORT } from "../../../domain/groups";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { MoreLink, YearUnitNav } from "../../../platform/list-views";
import { Alert, Badge, Card, DataTable, Field, LinkButton, numCol, Table } from "../../../ui/components";
import { formatNumber, formatPercent } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";

import type { EvaluationListOut, SettingsOut } from "../evaluations.inputs";
import { LEVELS, LEVEL_LABEL } from "../evaluations.rules";
import { LevelBadge } from "./evaluation-page";
import { FormCard, bindState } from "../../../ui/form-kit";
import { RecordAlerts } from "../../../ui/registry-views";

const STATUS_LABEL = {
  none: "Chưa có",
  self: "Đã tự đề xuất",
  proposed: "Chờ quyết định",
  decided: "Đã quyết định",
} as const;
const FILTERS = [
  ["all", "Tất cả"],
  ["proposed", "Chờ quyết định"],
  ["self", "Chi bộ chưa đề xuất"],
  ["none", "Chưa có đánh giá"],
  ["decided", "Đã quyết định"],
] as const;

export const EvaluationList: FC<{ ctx: Ctx; list: EvaluationListOut; status: string }> = ({
  ctx,
  list,
  status,
}) => {
  const base = `/t/${ctx.tenant.slug}`;
  const at = (o: { unitId?: string; year?: number; status?: string }) =>
    `${base}/evaluations?unitId=${o.unitId ?? list.unit.id}&year=${o.year ?? list.year}&status=${o.status ?? status}`;
  return (
    <>
      <PageTitle title="Đánh giá, xếp loại đảng viên" subtitle={`${list.unit.name} · năm ${list.year}`}>
        {ctx.actor.role === "admin" && (
          <LinkButton href={`${base}/evaluations/settings`}>Cấu hình tỷ lệ</LinkButton>
        )}
      </PageTitle>
      <YearUnitNav year={list.year} href={at} units={list.children} />
      {list.cap && (
        <Alert kind={list.cap.exceeded ? "warning" : "info"}>
          {list.unit.name}: {formatNumber(list.cap.xuatSac)} hoàn thành xuất sắc /{" "}
          {formatNumber(list.cap.tot)} hoàn thành tốt ({formatPercent(list.cap.xuatSac, list.cap.tot)}).{" "}
          {list.cap.enabled
            ? list.cap.exceeded
              ? `Vượt giới hạn ${list.cap.percent} % số hoàn thành tốt.`
              : `Trong giới hạn ${list.cap.percent} % số hoàn thành tốt.`
            : "Không áp dụng giới hạn tỷ lệ."}
        </Alert>
      )}
      <Card title="Kết quả đã quyết định">
        <Table columns={["Mức", numCol("Nhóm 1"), numCol("Nhóm 2"), numCol("Tổng")]} class="stack">
          {LEVELS.map((l) => (
            <tr>
              <td data-label="Mức">{LEVEL_LABEL[l]}</td>
              <td data-label="Nhóm 1" class="num">
                {formatNumber(list.distribution[l]?.exemplar ?? 0)}
              </td>
              <td data-label="Nhóm 2" class="num">
                {formatNumber(list.distribution[l]?.follower ?? 0)}
              </td>
              <td data-label="Tổng" class="num">
                {formatNumber(list.distribution[l]?.all ?? 0)}
              </td>
            </tr>
          ))}
        </Table>
      </Card>
      <p>
        {FILTERS.map(([k, label]) =>
          k === status ? <Badge tone="accent">{label}</Badge> : <a href={at({ status: k })}> {label} </a>,
        )}
      </p>
      <Card>
        <DataTable
          items={list.items}
          empty="Không có đảng viên nào."
          columns={["Họ và tên", "Chi bộ", "Nhóm", "Tự đề xuất", "Chi bộ đề xuất", "Quyết định"]}
          class="stack"
          row={(i) => (
            <tr>
              <td data-label="Họ và tên">
                <a href={`${base}/members/${i.memberId}/evaluation?year=${list.year}`}>{i.fullName}</a>
                <br />
                <span class="meta">{STATUS_LABEL[i.status]}</span>
              </td>
              <td data-label="Chi bộ">{i.unitName}</td>
              <td data-label="Nhóm">{GROUP_SHORT[i.group]}</td>
              <td data-label="Tự đề xuất">
                <LevelBadge l={i.selfLevel} />
              </td>
              <td data-label="Chi bộ đề xuất">
                <LevelBadge l={i.cellLevel} />
              </td>
              <td data-label="Quyết định">
                <LevelBadge l={i.decidedLevel} />
                {i.capOverridden && <Badge tone="warn">Vượt tỷ lệ (có lý do)</Badge>}
              </td>
            </tr>
          )}
        />
        <MoreLink href={at({})} cursor={list.nextCursor} />
      </Card>
    </>
  );
};

export const SettingsPage: FC<{
  ctx: Ctx;
  s: SettingsOut;
  form?: { values: Record<string, string>; errors: Record<string, string>; message?: string } | undefined;
  done?: boolean;
}> = ({ ctx, s, form, done }) => (
  <>
    <PageTitle
      title="Cấu hình đánh giá, xếp loại"
      subtitle="Giới hạn tỷ lệ “hoàn thành xuất sắc” trong mỗi đảng bộ cơ sở"
    />
    <RecordAlerts done={done ? "Đã lưu cấu hình." : undefined} state={form} />
    <FormCard
      action={`/t/${ctx.tenant.slug}/evaluations/settings`}
      errors={form?.errors}
      version={s.version}
      submit="Lưu cấu hình"
    >
      <Field
        label="Tỷ lệ tối đa (% số đảng viên hoàn thành tốt nhiệm vụ)"
        {...bindState(form)("capPercent", String(s.capPercent))}
        type="number"
        inputmode="numeric"
        required
      />
      <label class="check">
        <input
          type="checkbox"
          name="capEnabled"
          value="1"
          checked={form ? form.values.capEnabled === "1" : s.capEnabled}
        />
        <span>Cảnh báo khi cấp ủy quyết định vượt tỷ lệ (người quyết định phải ghi lý do)</span>
      </label>
    </FormCard>
  </>
);
