// The evidence beside the evaluation form, and the hard-condition checkboxes.
import type { FC } from "hono/jsx";
import { Badge, Card } from "../../../ui/components";
import { formatIsoDate } from "../../../ui/format";
import {
  FORM_LABEL,
  LEVEL_LABEL as COMMENDATION_LEVEL,
  type Form,
  type Level as CLevel,
} from "../../recognition";
import { REMARK_KIND_LABEL } from "../../meetings";
import { ENTRY_KIND_LABEL, type EntryKind, PROGRESS_LABEL } from "../../notebook";
import type { EvaluationViewOut } from "../evaluations.inputs";
import { HARD_CONDITIONS } from "../evaluations.rules";

export const Conditions: FC<{ checked: string[]; automatic: string[] }> = ({ checked, automatic }) => (
  <fieldset>
    <legend>Điều kiện bắt buộc (khống chế mức xếp loại)</legend>
    {HARD_CONDITIONS.map((c) =>
      c.automatic ? (
        automatic.includes(c.code) && (
          <p class="hint">
            <strong>Tự động:</strong> {c.label}. {c.note}
          </p>
        )
      ) : (
        <label class="check">
          <input type="checkbox" name="conditions" value={c.code} checked={checked.includes(c.code)} />
          <span>
            {c.label}
            <br />
            <span class="hint">{c.note}</span>
          </span>
        </label>
      ),
    )}
  </fieldset>
);

export const Evidence: FC<{ v: EvaluationViewOut; base: string }> = ({ v, base }) => {
  const e = v.evidence;
  const progress = new Map(e.progress.map((p) => [p.itemId, p]));
  return (
    <Card title="Căn cứ đánh giá">
      <dl class="evidence">
        <dt>
          Kế hoạch làm theo{" "}
          {e.progressFrom &&
            `(kết quả theo bản ${ENTRY_KIND_LABEL[e.progressFrom as EntryKind].toLowerCase()})`}
        </dt>
        <dd>
          {e.plan?.items.length ? (
            <ol>
              {e.plan.items.map((i) => (
                <li>
                  {i.commitment}:{" "}
                  <strong>
                    {progress.get(i.id) ? PROGRESS_LABEL[progress.get(i.id)!.status] : "chưa đánh giá"}
                  </strong>
                  {progress.get(i.id)?.note && ` – ${progress.get(i.id)!.note}`}
                </li>
              ))}
            </ol>
          ) : (
            "Chưa có kế hoạch."
          )}
        </dd>
        <dt>Sổ tay</dt>
        <dd>
          {e.compliance.compliant ? (
            <Badge tone="good">Đủ số lần ghi</Badge>
          ) : (
            <Badge tone="warn">
              Thiếu: {e.compliance.missing.map((k) => ENTRY_KIND_LABEL[k as EntryKind | "plan"]).join(", ")}
            </Badge>
          )}{" "}
          <a href={`${base}/members/${v.member.id}/notebook?year=${v.year}`}>Xem sổ tay</a>
        </dd>
        <dt>Biểu dương, phê bình trong năm</dt>
        <dd>
          {e.remarks.length ? (
            <ul>
              {e.remarks.map((r) => (
                <li>
                  <Badge tone={r.kind === "praise" ? "good" : "bad"}>{REMARK_KIND_LABEL[r.kind]}</Badge>{" "}
                  {r.content}{" "}
                  <span class="meta">
                    ({formatIsoDate(r.meetingDate)}, BB {r.minutesNumber})
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            "Không có."
          )}
        </dd>
        <dt>Khen thưởng trong năm</dt>
        <dd>
          {e.commendations.length ? (
            <ul>
              {e.commendations.map((c) => (
                <li>
                  {FORM_LABEL[c.form as Form] ?? c.form} ({COMMENDATION_LEVEL[c.level as CLevel] ?? c.level})
                  – {c.issuer}
                  {c.decisionNumber && `, QĐ ${c.decisionNumber}`}
                  {c.decisionDate && ` ngày ${formatIsoDate(c.decisionDate)}`}
                </li>
              ))}
            </ul>
          ) : (
            "Không có."
          )}
        </dd>
      </dl>
    </Card>
  );
};
