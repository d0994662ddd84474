import { GROUP_SHORT } from "../../../domain/groups";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { type ListHref, YearUnitNav } from "../../../platform/list-views";
import { Badge, Card, DataTable, numCol, Table } from "../../../ui/components";
import { formatIsoDate, formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";

import { PLAN_STATUS_LABEL, type PlanStatus } from "../../plans";
import { ENTRY_KIND_LABEL, type EntryKind, TIMING_LABEL, type Timing } from "../notebook.inputs";
import type { ComplianceView } from "../notebook.service";

const Cell: FC<{ c: { exemplar: number; follower: number; all: number } | undefined; label: string }> = ({
  c,
  label,
}) => (
  <td class="num" data-label={label}>
    <span>
      <strong>{formatNumber(c?.all ?? 0)}</strong>
      <br />
      <span class="meta">
        N1 {formatNumber(c?.exemplar ?? 0)} · N2 {formatNumber(c?.follower ?? 0)}
      </span>
    </span>
  </td>
);

/** The member's report before the cell: given (with the cell's remark), planned, or none. */
const ReportCell: FC<{ r: ComplianceView["members"][number]["report"] }> = ({ r }) =>
  r?.reportedDate ? (
    <>
      <Badge tone="good">Đã báo cáo {formatIsoDate(r.reportedDate)}</Badge>
      <br />
      <span class="meta">Nhận xét: {r.remark}</span>
    </>
  ) : r?.plannedDate ? (
    <>Theo lịch {formatIsoDate(r.plannedDate)}</>
  ) : (
    <>—</>
  );

export const CompliancePage: FC<{ ctx: Ctx; view: ComplianceView }> = ({ ctx, view }) => {
  const base = `/t/${ctx.tenant.slug}`;
  const reviews = view.required.filter((k) => k !== "plan");
  const q: ListHref = (to) =>
    `${base}/compliance?unitId=${to.unitId ?? view.unit.id}&year=${to.year ?? view.year}`;
  return (
    <>
      <PageTitle
        title="Theo dõi sổ tay làm theo gương Bác"
        subtitle={`${view.unit.name} · năm ${view.year}`}
      />
      <YearUnitNav year={view.year} href={q} />
      <Card title="Tổng hợp theo đơn vị">
        <Table
          columns={[
            "Đơn vị",
            numCol("Đã nộp kế hoạch"),
            ...reviews.map((k) => numCol(ENTRY_KIND_LABEL[k as EntryKind])),
            numCol("Đủ số lần ghi"),
            numCol("Nộp muộn"),
            numCol("Báo cáo trước chi bộ"),
          ]}
          class="stack"
        >
          {view.units.map((u, i) => (
            <tr>
              <td data-label="Đơn vị">
                {i === 0 ? (
                  <strong>{u.name} (toàn đơn vị)</strong>
                ) : (
                  <a href={q({ unitId: u.id })}>{u.name}</a>
                )}
              </td>
              <Cell c={u.counters["plan.registered"]} label="Đã nộp kế hoạch" />
              {reviews.map((k) => (
                <Cell c={u.counters[`notebook.${k}`]} label={ENTRY_KIND_LABEL[k as EntryKind]} />
              ))}
              <Cell c={u.counters["notebook.compliant"]} label="Đủ số lần ghi" />
              <Cell c={u.counters["notebook.late"]} label="Nộp muộn" />
              <Cell c={u.counters["meetings.report"]} label="Báo cáo trước chi bộ" />
            </tr>
          ))}
        </Table>
      </Card>
      <Card title="Đảng viên sinh hoạt trực tiếp tại đơn vị">
        <DataTable
          items={view.members}
          empty="Không có đảng viên sinh hoạt trực tiếp tại đơn vị này; chọn một chi bộ ở bảng trên."
          columns={[
            "Họ và tên",
            "Nhóm",
            "Kế hoạch",
            ...reviews.map((k) => ENTRY_KIND_LABEL[k as EntryKind]),
            "Sổ tay",
            "Báo cáo trước chi bộ",
          ]}
          class="stack"
          row={(m) => (
            <tr>
              <td data-label="Họ và tên">
                <a href={`${base}/members/${m.memberId}/notebook?year=${view.year}`}>{m.fullName}</a>
              </td>
              <td data-label="Nhóm">{GROUP_SHORT[m.group]}</td>
              <td data-label="Kế hoạch">
                {m.planStatus
                  ? (PLAN_STATUS_LABEL[m.planStatus as PlanStatus] ?? m.planStatus)
                  : PLAN_STATUS_LABEL.not_started}
              </td>
              {reviews.map((k) => (
                <td data-label={ENTRY_KIND_LABEL[k as EntryKind]}>
                  {k in m.submitted ? (
                    <Badge tone={m.submitted[k] === "late" ? "warn" : "good"}>
                      {m.submitted[k] ? TIMING_LABEL[m.submitted[k] as Timing] : "Đã nộp"}
                    </Badge>
                  ) : (
                    "—"
                  )}
                </td>
              ))}
              <td data-label="Sổ tay">
                {m.compliance.compliant ? (
                  <Badge tone="good">Đủ</Badge>
                ) : (
                  <Badge>Thiếu {m.compliance.missing.length}</Badge>
                )}
              </td>
              <td data-label="Báo cáo trước chi bộ">
                <ReportCell r={m.report} />
              </td>
            </tr>
          )}
        />
      </Card>
    </>
  );
};
