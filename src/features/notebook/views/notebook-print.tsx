import type { FC } from "hono/jsx";
import { formatDate, formatIsoDate } from "../../../ui/format";
import { REMARK_KIND_LABEL } from "../../meetings";
import { RATING_LABEL as LEVEL_LABEL, isRatingLevel as isLevel } from "../../../domain/ratings";
import { ENTRY_KIND_LABEL, PROGRESS_LABEL, REVIEW_PARTS, type ReviewKind } from "../notebook.inputs";
import type { EntryOut, NotebookOut, PlanItemOut } from "../notebook.outputs";

/** "ngày 05 tháng 07 năm 2026" for the place-and-date line above a signature. */
export function longDate(ms: number | null): string {
  if (!ms) return "ngày ..... tháng ..... năm ........";
  const [d, m, y] = formatDate(ms).split("/");
  return `ngày ${d} tháng ${m} năm ${y}`;
}

const Sign: FC<{ left: string; right: string; name?: string; at?: number | null }> = ({
  left,
  right,
  name,
  at,
}) => (
  <div class="sotay-sign">
    <div>
      <strong>{left}</strong>
      <div class="space" />
    </div>
    <div>
      <em>{longDate(at ?? null)}</em>
      <br />
      <strong>{right}</strong>
      <br />
      <em>(Ký, ghi rõ họ tên)</em>
      <div class="space" />
      <strong>{name}</strong>
    </div>
  </div>
);

const Blank: FC<{ lines?: number }> = ({ lines = 3 }) => (
  <>
    {Array.from({ length: lines }, () => (
      <div class="sotay-blank" />
    ))}
  </>
);

const Text: FC<{ text: string }> = ({ text }) => (text.trim() ? <p class="sotay-text">{text}</p> : <Blank />);

const Items: FC<{ items: PlanItemOut[]; entry?: EntryOut }> = ({ items, entry }) => {
  const progress = new Map((entry?.progress ?? []).map((p) => [p.itemId, p]));
  return (
    <table>
      <thead>
        <tr>
          <th>TT</th>
          <th>Nội dung đăng ký làm theo</th>
          <th>{entry ? "Kết quả thực hiện" : "Cách đánh giá, thời hạn"}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i, n) => {
          const p = progress.get(i.id);
          return (
            <tr>
              <td>{n + 1}</td>
              <td>
                {i.criterion && <em>{i.criterion}: </em>}
                {i.commitment}
              </td>
              <td>
                {entry ? (
                  p ? (
                    <>
                      <strong>{PROGRESS_LABEL[p.status]}</strong>
                      {p.note && <> – {p.note}</>}
                    </>
                  ) : (
                    "—"
                  )
                ) : (
                  <>
                    {i.measure}; hạn {formatIsoDate(i.dueDate)}
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};

const Review: FC<{ n: number; kind: ReviewKind; entry?: EntryOut; items: PlanItemOut[]; name: string }> = ({
  n,
  kind,
  entry,
  items,
  name,
}) => (
  <section class="sotay-page">
    <h2>
      Lần {n}. {ENTRY_KIND_LABEL[kind]}
    </h2>
    {entry?.status !== "submitted" && (
      <p>
        <em>(Chưa nộp chi bộ)</em>
      </p>
    )}
    {REVIEW_PARTS.map((p, i) => (
      <>
        <h3>
          {i + 1}. {p.label}
        </h3>
        <Text text={entry?.status === "submitted" ? entry[p.key] : ""} />
      </>
    ))}
    <h3>4. Kết quả thực hiện kế hoạch</h3>
    {items.length ? (
      <Items items={items} entry={entry?.status === "submitted" ? entry : undefined} />
    ) : (
      <Blank />
    )}
    <h3>Nhận xét của chi ủy</h3>
    {entry?.comments.length ? (
      entry.comments.map((c) => (
        <p class="sotay-note">
          {c.kind === "return" ? "Trả lại để sửa: " : ""}
          {c.content}{" "}
          <em>
            ({c.authorLabel}, {formatDate(c.createdAt)})
          </em>
        </p>
      ))
    ) : (
      <Blank />
    )}
    <Sign left="T/M CHI ỦY" right="NGƯỜI TỰ ĐÁNH GIÁ" name={name} at={entry?.submittedAt ?? null} />
  </section>
);

/** The paper "Sổ tay làm theo gương Bác" of one member's year, page by page (A4). */
export const NotebookPrint: FC<{ nb: NotebookOut; tenantName: string }> = ({ nb, tenantName }) => {
  const reviews = nb.compliance.required.filter((k): k is ReviewKind => k !== "plan");
  const byKind = new Map(nb.entries.filter((e) => e.kind !== "free").map((e) => [e.kind, e]));
  const free = nb.entries.filter((e) => e.kind === "free" && e.status === "submitted");
  const items = nb.plan?.items ?? [];
  const level =
    nb.evaluation?.status === "decided" && isLevel(nb.evaluation.decidedLevel)
      ? nb.evaluation.decidedLevel
      : null;
  return (
    <div class="sotay">
      <section class="sotay-page sotay-cover">
        <div class="sotay-head">
          <p>
            {tenantName.toUpperCase()}
            <br />
            <strong>{nb.member.unitName.toUpperCase()}</strong>
          </p>
          <p>
            <strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong>
          </p>
        </div>
        <div>
          <h1>
            SỔ TAY
            <br />
            LÀM THEO GƯƠNG BÁC
          </h1>
          <p>“Trên làm gương mẫu mực, dưới tích cực làm theo”</p>
          <p>
            <strong>NĂM {nb.year}</strong>
          </p>
        </div>
        <dl class="kv sotay-id">
          <dt>Họ và tên:</dt>
          <dd>{nb.member.fullName}</dd>
          <dt>Số thẻ đảng viên:</dt>
          <dd>{nb.member.cardNumber}</dd>
          <dt>Chi bộ:</dt>
          <dd>{nb.member.unitName}</dd>
          <dt>Nhóm:</dt>
          <dd>
            {nb.member.group === "exemplar" ? "Nhóm 1 – làm gương mẫu mực" : "Nhóm 2 – tích cực làm theo"}
          </dd>
        </dl>
      </section>
      <section class="sotay-page">
        <h2>Lần 1. Kế hoạch cá nhân</h2>
        {nb.plan?.registration ? <Text text={nb.plan.registration} /> : null}
        {items.length ? <Items items={items} /> : <Blank lines={6} />}
        {nb.plan?.confirmedAt ? (
          <p>
            Chi bộ xác nhận ngày {formatDate(nb.plan.confirmedAt)}
            {nb.plan.minutesNumber && (
              <>
                {" "}
                (biên bản số {nb.plan.minutesNumber}
                {nb.plan.meetingDate && <>, họp ngày {formatIsoDate(nb.plan.meetingDate)}</>})
              </>
            )}
            {nb.plan.confirmedByLabel && <> – {nb.plan.confirmedByLabel}</>}.
          </p>
        ) : (
          <p>
            <em>(Chưa được chi bộ xác nhận)</em>
          </p>
        )}
        <Sign
          left="XÁC NHẬN CỦA CHI ỦY"
          right="NGƯỜI ĐĂNG KÝ"
          name={nb.member.fullName}
          at={nb.plan?.firstSubmittedAt ?? null}
        />
      </section>
      {reviews.map((k, i) => (
        <Review n={i + 2} kind={k} entry={byKind.get(k)} items={items} name={nb.member.fullName} />
      ))}
      <section class="sotay-page">
        <h2>Báo cáo trước chi bộ, biểu dương, phê bình trong sinh hoạt chi bộ</h2>
        {nb.remarks.length ? (
          <table>
            <thead>
              <tr>
                <th>Ngày họp</th>
                <th>Biên bản</th>
                <th>Hình thức</th>
                <th>Nội dung</th>
              </tr>
            </thead>
            <tbody>
              {nb.remarks.map((r) => (
                <tr>
                  <td>{formatIsoDate(r.meetingDate)}</td>
                  <td>{r.minutesNumber}</td>
                  <td>{REMARK_KIND_LABEL[r.kind]}</td>
                  <td>{r.content}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>
            <em>Chưa có báo cáo, ý kiến biểu dương hay phê bình nào trong năm.</em>
          </p>
        )}
        {free.length > 0 && <h2>Ghi chép thêm</h2>}
        {free.map((e) => (
          <>
            <h3>
              {e.title} <em>({formatDate(e.submittedAt)})</em>
            </h3>
            <Text text={e.body} />
            {e.comments.map((c) => (
              <p class="sotay-note">
                {c.content}{" "}
                <em>
                  ({c.authorLabel}, {formatDate(c.createdAt)})
                </em>
              </p>
            ))}
          </>
        ))}
        <h2>Kết quả đánh giá, xếp loại cuối năm</h2>
        <p>
          {level ? <strong>{LEVEL_LABEL[level]}</strong> : <em>(Chưa có quyết định xếp loại)</em>}
          {level && nb.evaluation?.decidedAt ? (
            <> – quyết định ngày {formatDate(nb.evaluation.decidedAt)}.</>
          ) : null}
        </p>
      </section>
    </div>
  );
};
