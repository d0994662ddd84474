import type { MemberStatus } from "../../../domain/members";
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Breadcrumbs, Card, Empty, Field, Select, TextArea } from "../../../ui/components";
import { FormPanel, bindState, panelOf } from "../../../ui/form-kit";
import { formatIsoDate } from "../../../ui/format";
import { ItemList } from "../../../ui/item-list";
import { PageTitle } from "../../../ui/layout";
import { RecordAlerts } from "../../../ui/registry-views";
import { GENDER_LABEL, STATUS_LABEL } from "../members.inputs";
import type { MemberDetailOut } from "../members.outputs";
import { GROUP_LABEL } from "../../../domain/groups";
import { positionLabel } from "../members-positions.rules";
import { type FormState, MemberFields } from "./member-form";
import { GroupBadge, StatusBadge, qs } from "./member-list";

export type ProfileForm = "update" | "transfer" | "status" | "group";
export type ProfilePanel = FormState & { form: ProfileForm };

const DONE: Record<string, string> = {
  created: "Đã thêm đảng viên.",
  update: "Đã lưu thay đổi.",
  transfer: "Đã chuyển sinh hoạt.",
  status: "Đã cập nhật trạng thái.",
  group: "Đã cập nhật nhóm.",
};

const labels = (codes: string[]) => codes.map(positionLabel).join("; ") || "—";

const transferLine = (t: MemberDetailOut["transfers"][number]) => (
  <>
    <span>
      {formatIsoDate(t.date)}: {t.fromUnitName ?? "ngoài đơn vị"} → {t.toUnitName ?? "ra ngoài đơn vị"}
      <br />
      <span class="meta">{t.reason}</span>
    </span>
  </>
);

export const MemberProfile: FC<{ ctx: Ctx; d: MemberDetailOut; panel?: ProfilePanel; done?: string }> = ({
  ctx,
  d,
  panel,
  done,
}) => {
  const m = d.member;
  const base = `/t/${ctx.tenant.slug}/members`;
  const manager = ctx.actor.role !== "member";
  const current = m.status === "official" || m.status === "probationary";
  const p = (f: ProfileForm) => panelOf(panel, f);
  const upd = bindState(p("update"));
  const tr = bindState(p("transfer"));
  const gr = bindState(p("group"));
  return (
    <>
      {manager && (
        <Breadcrumbs
          items={[
            ...d.unitTrail.map((u) => ({ href: `${base}${qs({ unitId: u.id })}`, label: u.name })),
            { label: m.fullName },
          ]}
        />
      )}
      <PageTitle title={m.fullName} subtitle={`Số thẻ ${m.cardNumber} · ${m.unitName ?? ""}`}>
        <GroupBadge group={m.group} />
        <StatusBadge status={m.status} />
      </PageTitle>
      <RecordAlerts done={done && DONE[done]} state={panel} />
      <div class="grid grid-2">
        <Card title="Thông tin">
          <dl class="kv">
            <dt>Ngày sinh</dt>
            <dd>{formatIsoDate(m.birthDate)}</dd>
            <dt>Giới tính</dt>
            <dd>{m.gender ? GENDER_LABEL[m.gender] : "—"}</dd>
            <dt>Ngày vào Đảng</dt>
            <dd>{formatIsoDate(m.joinDate)}</dd>
            <dt>Ngày chính thức</dt>
            <dd>{formatIsoDate(m.officialDate)}</dd>
            <dt>Chức vụ Đảng</dt>
            <dd>{labels(m.partyPositions)}</dd>
            <dt>Chức vụ chính quyền</dt>
            <dd>{labels(m.govPositions)}</dd>
            <dt>Nhóm</dt>
            <dd>
              {GROUP_LABEL[m.group]}
              {m.groupOverride && <span class="hint"> (điều chỉnh: {m.groupOverrideReason})</span>}
            </dd>
            <dt>Tài khoản</dt>
            <dd>{d.accountLogin ?? "Chưa có"}</dd>
          </dl>
        </Card>
        <Card title="Lịch sử nhóm và chức vụ">
          {d.groupHistory.length === 0 ? (
            <Empty>Chưa có thay đổi.</Empty>
          ) : (
            <ul class="list">
              {d.groupHistory.map((h) => (
                <li>
                  <span>
                    Từ {formatIsoDate(h.effectiveFrom)}: <strong>{GROUP_LABEL[h.group]}</strong>
                    <br />
                    <span class="meta">
                      {labels([...h.partyPositions, ...h.govPositions])} · {h.reason}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title="Quá trình sinh hoạt đảng">
        <ItemList items={d.transfers} empty="Chưa chuyển sinh hoạt lần nào." item={transferLine} />
      </Card>
      {manager && (
        <FormPanel
          title="Sửa thông tin, chức vụ"
          action={`${base}/${m.id}/update`}
          state={p("update")}
          version={m.version}
          submit="Lưu thay đổi"
        >
          <MemberFields
            v={
              p("update")?.values ?? {
                fullName: m.fullName,
                cardNumber: m.cardNumber,
                birthDate: m.birthDate ? formatIsoDate(m.birthDate) : "",
                gender: m.gender ?? "",
                joinDate: m.joinDate ? formatIsoDate(m.joinDate) : "",
                officialDate: m.officialDate ? formatIsoDate(m.officialDate) : "",
              }
            }
            e={p("update")?.errors ?? {}}
            positions={p("update")?.positions ?? [...m.partyPositions, ...m.govPositions]}
          />
          <Field
            label="Chức vụ thay đổi từ ngày"
            {...upd("effectiveFrom", "")}
            hint="dd/mm/yyyy; để trống là hôm nay. Nhóm mới tính từ ngày này."
          />
        </FormPanel>
      )}
      {manager && current && (
        <FormPanel
          title="Chuyển sinh hoạt đảng"
          action={`${base}/${m.id}/transfer`}
          state={p("transfer")}
          version={m.version}
          submit="Chuyển sinh hoạt"
          kind="secondary"
        >
          <Field label="Mã chi bộ chuyển đến" {...tr("unitCode", "", "unitId")} required />
          <Field label="Ngày chuyển" {...tr("date", "")} hint="dd/mm/yyyy" required />
          <TextArea label="Lý do" {...tr("reason", "")} rows={2} required />
        </FormPanel>
      )}
      {manager && <StatusPanel base={base} m={m} panel={p("status")} />}
      {ctx.actor.role === "admin" && (
        <FormPanel
          title="Điều chỉnh nhóm"
          action={`${base}/${m.id}/group`}
          state={p("group")}
          version={m.version}
          submit="Lưu nhóm"
          kind="secondary"
        >
          <Select
            label="Nhóm"
            name="group"
            value={gr("group", m.groupOverride ?? "").value}
            options={[
              { value: "", label: "Theo chức vụ (bỏ điều chỉnh)" },
              { value: "exemplar", label: GROUP_LABEL.exemplar },
              { value: "follower", label: GROUP_LABEL.follower },
            ]}
          />
          <TextArea label="Lý do" {...gr("reason", "")} rows={2} required />
          <Field
            label="Áp dụng từ ngày"
            {...gr("effectiveFrom", "")}
            hint="dd/mm/yyyy; để trống là hôm nay."
          />
        </FormPanel>
      )}
    </>
  );
};

const NEXT_LABEL: Record<MemberStatus, MemberStatus[]> = {
  probationary: ["official", "transferred_out", "deceased", "removed"],
  official: ["transferred_out", "deceased", "removed"],
  transferred_out: ["official", "probationary"],
  deceased: [],
  removed: [],
};

const StatusPanel: FC<{ base: string; m: MemberDetailOut["member"]; panel?: ProfilePanel | undefined }> = ({
  base,
  m,
  panel,
}) => {
  const next = NEXT_LABEL[m.status];
  if (next.length === 0) return null;
  const f = bindState(panel);
  return (
    <FormPanel
      title="Đổi trạng thái (chính thức, chuyển đi, từ trần, xóa tên)"
      intro={
        <p class="hint">
          Hồ sơ không bao giờ bị xóa: đảng viên rời đơn vị được giữ lại và đánh dấu; tài khoản của họ bị khóa.
        </p>
      }
      action={`${base}/${m.id}/status`}
      state={panel}
      version={m.version}
      submit="Cập nhật trạng thái"
      kind="secondary"
    >
      <Select
        label="Trạng thái mới"
        {...f("status", next[0])}
        options={next.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
      />
      <Field label="Từ ngày" {...f("date")} hint="dd/mm/yyyy" required />
      <TextArea label="Lý do, số quyết định" {...f("reason")} rows={2} required />
    </FormPanel>
  );
};
