import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Badge, Card, Field, Hidden, LinkButton, Select, TextArea } from "../../../ui/components";
import { FormCard, bindState } from "../../../ui/form-kit";
import { formatDate, formatDateTime, formatIsoDate } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { EvaluationViewOut } from "../evaluations.inputs";
import {
  HARD_CONDITIONS,
  LEVELS,
  LEVEL_LABEL,
  type Level,
  SCORE_BANDS,
  SCORE_PARTS,
} from "../evaluations.rules";

import { Conditions, Evidence } from "./evaluation-evidence";
import type { FormState } from "../../../platform/pages";
import { RecordAlerts } from "../../../ui/registry-views";

export type EvalForm = FormState & { form: "self" | "propose" | "decide"; conditions?: string[] };

const levelOptions = LEVELS.map((l) => ({ value: l, label: LEVEL_LABEL[l] }));
const tone = (l: Level | null) =>
  l === "xuat_sac" || l === "tot" ? "good" : l === "khong_hoan_thanh" ? "bad" : "neutral";
export const LevelBadge: FC<{ l: Level | null }> = ({ l }) =>
  l ? <Badge tone={tone(l)}>{LEVEL_LABEL[l]}</Badge> : <span class="muted">—</span>;

/** The two parts of the cell's score and the fields they are posted in. */
const SCORE_FIELD = { general: "scoreGeneral", tasks: "scoreTasks" } as const;

const DONE: Record<string, string> = {
  self: "Đã ghi mức tự đề xuất.",
  propose: "Đã ghi đề xuất của chi bộ.",
  decide: "Đã quyết định xếp loại. Kết quả đã khóa.",
};

export const EvaluationPage: FC<{
  ctx: Ctx;
  v: EvaluationViewOut;
  form?: EvalForm | undefined;
  done?: string | undefined;
}> = ({ ctx, v, form, done }) => {
  const ev = v.evaluation;
  const base = `/t/${ctx.tenant.slug}`;
  const f = (k: EvalForm["form"]) => (form?.form === k ? form : undefined);
  const val = (k: EvalForm["form"], name: string, d: string) => f(k)?.values[name] ?? d;
  const self = bindState(f("self"));
  const propose = bindState(f("propose"));
  const decide = bindState(f("decide"));
  return (
    <>
      <PageTitle
        title={`Đánh giá, xếp loại năm ${v.year}`}
        subtitle={`${v.member.fullName} · ${v.member.unitName}`}
      >
        <LinkButton href={`${base}/members/${v.member.id}/notebook?year=${v.year}`}>Sổ tay</LinkButton>
        {ctx.actor.role !== "member" && (
          <LinkButton href={`${base}/evaluations?year=${v.year}`}>Danh sách</LinkButton>
        )}
      </PageTitle>
      <RecordAlerts done={done && DONE[done]} state={form} />
      {!v.cycle && <Alert kind="warning">Chưa mở chu kỳ năm {v.year}.</Alert>}
      {!v.finalReviewSubmitted && (
        <Alert kind="info">
          Đảng viên chưa nộp bản tổng kết năm trong sổ tay: chi bộ chưa đề xuất và cấp ủy chưa quyết định
          được.
        </Alert>
      )}
      <div class="grid grid-2">
        <div>
          <Card title="Quá trình đánh giá">
            <dl class="kv">
              <dt>Tự đề xuất</dt>
              <dd>
                <LevelBadge l={ev?.selfLevel ?? null} />
                {ev?.selfNote && <p class="pre">{ev.selfNote}</p>}
              </dd>
              <dt>Chi bộ đề xuất</dt>
              <dd>
                <LevelBadge l={ev?.cellLevel ?? null} />
                {ev?.cellByLabel && (
                  <span class="meta">
                    {" "}
                    {ev.cellByLabel}, {formatDate(ev.cellAt)}
                  </span>
                )}
                {ev?.scoreGeneral != null && (
                  <p>
                    Điểm: {ev.scoreGeneral} + {ev.scoreTasks} ={" "}
                    <strong>{ev.scoreGeneral + (ev.scoreTasks ?? 0)}</strong>/100
                    {v.suggestion && <> · gợi ý: {LEVEL_LABEL[v.suggestion.level]}</>}
                  </p>
                )}
                {ev?.cellNote && <p class="pre">{ev.cellNote}</p>}
              </dd>
              <dt>Cấp ủy quyết định</dt>
              <dd>
                <LevelBadge l={ev?.decidedLevel ?? null} />
                {ev?.decidedByLabel && (
                  <span class="meta">
                    {" "}
                    {ev.decidedByLabel}, {formatDateTime(ev.decidedAt)}
                  </span>
                )}
                {ev?.decisionNumber && (
                  <p>
                    Quyết định số <strong>{ev.decisionNumber}</strong> ngày {formatIsoDate(ev.decisionDate)}
                  </p>
                )}
                {ev?.decisionNote && <p class="pre">{ev.decisionNote}</p>}
                {ev?.capOverrideReason && (
                  <Alert kind="warning">
                    {ev.capWarning} <strong>Lý do vẫn quyết định:</strong> {ev.capOverrideReason}
                  </Alert>
                )}
              </dd>
            </dl>
            {ev?.status === "decided" && (
              <p>
                <Badge tone="accent">Đã khóa</Badge>
              </p>
            )}
          </Card>
          {v.can.self && (
            <FormCard
              title="Tự đề xuất mức xếp loại"
              action={`${base}/evaluations/mine/self?year=${v.year}`}
              errors={f("self")?.errors}
              version={ev?.version}
              submit="Ghi tự đề xuất"
            >
              <Select
                label="Mức tự đề xuất"
                {...self("level", ev?.selfLevel ?? "tot")}
                options={levelOptions}
              />
              <TextArea
                label="Tự nhận xét"
                name="note"
                value={val("self", "note", ev?.selfNote ?? "")}
                rows={3}
              />
            </FormCard>
          )}
          {v.can.propose && !v.can.decide && (
            <FormCard
              title="Đề xuất của chi bộ"
              action={`${base}/members/${v.member.id}/evaluation/propose?year=${v.year}`}
              errors={f("propose")?.errors}
              version={ev?.version}
              submit="Ghi đề xuất"
            >
              <Select
                label="Mức chi bộ đề xuất"
                {...propose("level", ev?.cellLevel ?? ev?.selfLevel ?? "tot")}
                options={levelOptions}
              />
              <div class="grid grid-2">
                {(["general", "tasks"] as const).map((part) => (
                  <Field
                    label={SCORE_PARTS[part].label}
                    {...propose(SCORE_FIELD[part], ev?.[SCORE_FIELD[part]]?.toString() ?? "")}
                    type="number"
                    inputmode="numeric"
                    hint={SCORE_PARTS[part].hint}
                  />
                ))}
              </div>
              <Conditions
                checked={f("propose")?.conditions ?? ev?.conditions ?? []}
                automatic={v.automaticConditions}
              />
              <TextArea
                label="Nhận xét của chi bộ"
                name="note"
                value={val("propose", "note", ev?.cellNote ?? "")}
                rows={3}
              />
            </FormCard>
          )}
          {v.can.decide && ev && (
            <FormCard
              title="Quyết định của cấp ủy"
              intro={
                <>
                  {v.cap.warning && <Alert kind="warning">Cảnh báo tỷ lệ: {v.cap.warning}</Alert>}
                  <p class="hint">
                    {v.cap.unitName}: đã quyết định {v.cap.xuatSac} hoàn thành xuất sắc, {v.cap.tot} hoàn
                    thành tốt
                    {v.cap.enabled
                      ? ` (giới hạn ${v.cap.percent} % số hoàn thành tốt).`
                      : " (không áp dụng giới hạn tỷ lệ)."}
                  </p>
                </>
              }
              action={`${base}/evaluations/${ev.id}/decide`}
              errors={f("decide")?.errors}
              version={ev.version}
              submit="Quyết định và khóa"
            >
              <Hidden name="memberId" value={v.member.id} />
              <Hidden name="year" value={v.year} />
              <Select
                label="Mức xếp loại"
                {...decide("level", ev.cellLevel ?? "tot")}
                options={levelOptions}
              />
              <div class="grid grid-2">
                <Field
                  label="Số quyết định"
                  {...decide("decisionNumber", "")}
                  required
                  maxlength={60}
                  hint="Số quyết định công nhận kết quả xếp loại, ví dụ 125-QĐ/ĐU."
                />
                <Field
                  label="Ngày quyết định"
                  {...decide("decisionDate", formatDate(ctx.now))}
                  required
                  maxlength={10}
                  hint="Dạng dd/mm/yyyy."
                />
              </div>
              <Conditions
                checked={f("decide")?.conditions ?? ev.conditions}
                automatic={v.automaticConditions}
              />
              <TextArea label="Ghi chú quyết định" name="note" value={val("decide", "note", "")} rows={2} />
              <TextArea
                label="Lý do vẫn quyết định khi vượt tỷ lệ (nếu có)"
                {...decide("overrideReason", "")}
                rows={2}
              />
            </FormCard>
          )}
        </div>
        <div>
          <Evidence v={v} base={base} />
          <details class="panel">
            <summary>Thang điểm và điều kiện (QĐ 366-QĐ/TW)</summary>
            <div>
              <ul>
                {SCORE_BANDS.map((b) => (
                  <li>
                    {b.text}: {LEVEL_LABEL[b.level]}
                  </li>
                ))}
              </ul>
              <ul>
                {HARD_CONDITIONS.map((c) => (
                  <li>{c.note}</li>
                ))}
              </ul>
            </div>
          </details>
        </div>
      </div>
    </>
  );
};
