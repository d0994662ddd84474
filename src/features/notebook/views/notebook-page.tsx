import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Button, Card, Empty, Hidden, LinkButton, PostForm } from "../../../ui/components";
import { formatDate, formatIsoDate } from "../../../ui/format";
import { ItemList } from "../../../ui/item-list";
import { PageTitle } from "../../../ui/layout";
import { REMARK_KIND_LABEL, REMARK_TONE } from "../../meetings";
import { PLAN_STATUS_LABEL, type PlanStatus } from "../../plans";
import { ENTRY_KIND_LABEL, ENTRY_STATUS_LABEL, type EntryKind, TIMING_LABEL } from "../notebook.inputs";
import type { EntryOut, NotebookOut } from "../notebook.outputs";

export const EntryBadges: FC<{ e: Pick<EntryOut, "status" | "timing" | "enteredByLabel"> }> = ({ e }) => (
  <>
    <Badge tone={e.status === "submitted" ? "good" : "warn"}>{ENTRY_STATUS_LABEL[e.status]}</Badge>{" "}
    {e.timing && <Badge tone={e.timing === "late" ? "bad" : "neutral"}>{TIMING_LABEL[e.timing]}</Badge>}{" "}
    {e.enteredByLabel && <Badge tone="accent">Bí thư ghi thay: {e.enteredByLabel}</Badge>}
  </>
);

const NewEntry: FC<{ action: string; kind: EntryKind; year: number; label: string }> = ({
  action,
  kind,
  year,
  label,
}) => (
  <PostForm action={action} class="form-inline">
    <Hidden name="kind" value={kind} />
    <Hidden name="year" value={year} />
    <Button kind="secondary">{label}</Button>
  </PostForm>
);

const remarkLine = (r: NotebookOut["remarks"][number]) => (
  <>
    <span>
      <Badge tone={REMARK_TONE[r.kind]}>{REMARK_KIND_LABEL[r.kind]}</Badge> {r.content}
    </span>
    <span class="meta">
      {formatIsoDate(r.meetingDate)} · BB {r.minutesNumber}
    </span>
  </>
);

export const NotebookPage: FC<{
  ctx: Ctx;
  nb: NotebookOut;
  message?: string | undefined;
  done?: string | undefined;
}> = ({ ctx, nb, message, done }) => {
  const base = `/t/${ctx.tenant.slug}`;
  const self = ctx.actor.memberId === nb.member.id;
  const open = nb.cycle?.status === "open";
  const canWrite = open && (self || ctx.actor.role !== "member");
  const create = `${base}/members/${nb.member.id}/notebook/entries`;
  const byKind = new Map(nb.entries.filter((e) => e.kind !== "free").map((e) => [e.kind, e]));
  const free = nb.entries.filter((e) => e.kind === "free");
  const plan = nb.plan;
  return (
    <>
      <PageTitle
        title={self ? "Sổ tay làm theo gương Bác của tôi" : `Sổ tay của đồng chí ${nb.member.fullName}`}
        subtitle={`${nb.member.unitName} · năm ${nb.year}`}
      >
        <LinkButton href={`${base}/members/${nb.member.id}/notebook/print?year=${nb.year}`}>
          In sổ tay
        </LinkButton>
        <LinkButton href={`${base}/members/${nb.member.id}/evaluation?year=${nb.year}`}>
          Đánh giá, xếp loại
        </LinkButton>
      </PageTitle>
      {nb.years.length > 1 && (
        <p class="muted">
          Năm:{" "}
          {nb.years.map((y) =>
            y === nb.year ? (
              <strong>{y} </strong>
            ) : (
              <a href={`${base}/members/${nb.member.id}/notebook?year=${y}`}>{y} </a>
            ),
          )}
        </p>
      )}
      {done === "deleted" && <Alert kind="success">Đã xóa bản nháp.</Alert>}
      {message && <Alert kind="error">{message}</Alert>}
      {!nb.cycle && <Alert kind="warning">Chưa mở chu kỳ năm {nb.year}: chưa ghi sổ tay được.</Alert>}
      {nb.cycle?.status === "closed" && (
        <Alert kind="info">Chu kỳ năm {nb.year} đã khóa: sổ tay chỉ còn để xem và in.</Alert>
      )}
      <Card title="Số lần ghi sổ tay theo quy định">
        <p>
          {nb.compliance.compliant ? (
            <Badge tone="good">Đủ {nb.compliance.required.length} lần ghi</Badge>
          ) : (
            <Badge tone="warn">
              Còn thiếu {nb.compliance.missing.length}/{nb.compliance.required.length} lần ghi
            </Badge>
          )}
        </p>
        <ul class="list">
          {nb.compliance.required.map((k, i) => (
            <li>
              <span>
                Lần {i + 1}: {ENTRY_KIND_LABEL[k as EntryKind | "plan"]}
                {nb.cycle?.windows[k] && (
                  <span class="meta">
                    {" "}
                    · kỳ nộp {formatIsoDate(nb.cycle.windows[k]!.from)}–
                    {formatIsoDate(nb.cycle.windows[k]!.to)}
                  </span>
                )}
              </span>
              {nb.compliance.done.includes(k) ? <Badge tone="good">Đã nộp</Badge> : <Badge>Chưa nộp</Badge>}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Lần 1: Kế hoạch cá nhân">
        {plan ? (
          <>
            <p>
              <Badge tone={plan.status === "confirmed" ? "good" : "neutral"}>
                {PLAN_STATUS_LABEL[plan.status as PlanStatus] ?? plan.status}
              </Badge>
              {plan.confirmedAt && (
                <span class="muted">
                  {" "}
                  · chi bộ xác nhận ngày {formatDate(plan.confirmedAt)}
                  {plan.minutesNumber && `, biên bản số ${plan.minutesNumber}`}
                </span>
              )}
            </p>
            {plan.items.length > 0 && (
              <ol>
                {plan.items.map((i) => (
                  <li>
                    {i.commitment} <span class="muted">({i.criterion})</span>
                  </li>
                ))}
              </ol>
            )}
          </>
        ) : (
          <Empty>Chưa lập kế hoạch cá nhân của năm {nb.year}.</Empty>
        )}
      </Card>
      {nb.compliance.required
        .filter((k) => k !== "plan")
        .map((k, i) => {
          const e = byKind.get(k as EntryKind);
          return (
            <Card title={`Lần ${i + 2}: ${ENTRY_KIND_LABEL[k as EntryKind]}`}>
              {e ? (
                <p>
                  <EntryBadges e={e} />{" "}
                  {e.comments.length > 0 && (
                    <Badge tone="accent">{e.comments.length} nhận xét của chi bộ</Badge>
                  )}{" "}
                  <a href={`${base}/notebook/entries/${e.id}`}>
                    {e.status === "draft" ? "Viết tiếp" : "Xem bài"}
                  </a>
                </p>
              ) : canWrite ? (
                <NewEntry
                  action={create}
                  kind={k as EntryKind}
                  year={nb.year}
                  label={`Viết ${ENTRY_KIND_LABEL[k as EntryKind].toLowerCase()}`}
                />
              ) : (
                <Empty>Chưa có bài.</Empty>
              )}
            </Card>
          );
        })}
      <Card title="Ghi chép thêm">
        {free.length === 0 ? (
          <Empty>Chưa có ghi chép nào.</Empty>
        ) : (
          <ul class="list">
            {free.map((e) => (
              <li>
                <a href={`${base}/notebook/entries/${e.id}`}>{e.title || "(chưa có tiêu đề)"}</a>
                <span>
                  <EntryBadges e={e} />
                </span>
              </li>
            ))}
          </ul>
        )}
        {canWrite && <NewEntry action={create} kind="free" year={nb.year} label="Thêm ghi chép" />}
      </Card>
      <Card title="Báo cáo, biểu dương, phê bình trong sinh hoạt chi bộ">
        <ItemList items={nb.remarks} empty="Chưa có ý kiến nào trong năm." item={remarkLine} />
      </Card>
    </>
  );
};
