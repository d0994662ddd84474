import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import {
  Button,
  Card,
  Empty,
  Field,
  FormErrors,
  Hidden,
  PostForm,
  Select,
  TextArea,
} from "../../../ui/components";
import { ActionButton, PageHead, bindState, panelOf } from "../../../ui/form-kit";
import { formatDateTime, formatIsoDate } from "../../../ui/format";
import { ItemList } from "../../../ui/item-list";
import { RecordAlerts } from "../../../ui/registry-views";
import type { EntryView } from "../notebook.service";
import { ENTRY_KIND_LABEL, PROGRESS_LABEL, PROGRESS_STATUSES, REVIEW_PARTS } from "../notebook.inputs";
import type { EntryOut } from "../notebook.outputs";
import { EntryBadges } from "./notebook-page";
import type { FormState } from "../../../platform/pages";

export type EntryForm = FormState & { form: "save" | "comment" | "return" | "delete" };

const DONE: Record<string, string> = {
  created: "Đã tạo bản nháp. Viết xong, bấm “Nộp chi bộ”.",
  saved: "Đã lưu bản nháp.",
  submitted: "Đã nộp chi bộ.",
  commented: "Đã ghi nhận xét.",
  returned: "Đã trả lại bài để đồng chí sửa.",
};

const progressOptions = [
  { value: "", label: "— Chọn mức thực hiện —" },
  ...PROGRESS_STATUSES.map((s) => ({ value: s, label: PROGRESS_LABEL[s] })),
];

const commentLine = (c: EntryOut["comments"][number]) => (
  <>
    <span class="pre">
      {c.kind === "return" && <strong>Trả lại để sửa: </strong>}
      {c.content}
    </span>
    <span class="meta">
      {c.authorLabel} · {formatDateTime(c.createdAt)}
    </span>
  </>
);

export const EntryPage: FC<{
  ctx: Ctx;
  view: EntryView;
  form?: EntryForm | undefined;
  done?: string | undefined;
}> = ({ ctx, view, form, done }) => {
  const { entry: e, items, member } = view;
  const base = `/t/${ctx.tenant.slug}`;
  const self = ctx.actor.memberId === e.memberId;
  const manager = ctx.actor.role !== "member";
  const open = view.cycle.status === "open";
  const editable = open && e.status === "draft";
  const f = form?.form === "save" ? form : undefined;
  const save = bindState(f);
  const comment = panelOf(form, "comment");
  const returned = panelOf(form, "return");
  const progress = new Map(e.progress.map((p) => [p.itemId, p]));
  const action = `${base}/notebook/entries/${e.id}`;
  return (
    <>
      <PageHead
        back={{
          href: `${base}/members/${e.memberId}/notebook?year=${e.year}`,
          label: `Sổ tay của ${self ? "tôi" : member.fullName}`,
        }}
        title={e.kind === "free" ? e.title || "Ghi chép" : ENTRY_KIND_LABEL[e.kind]}
        subtitle={`${member.fullName} · năm ${e.year}${view.cycle.window ? ` · kỳ nộp ${formatIsoDate(view.cycle.window.from)}–${formatIsoDate(view.cycle.window.to)}` : ""}`}
      >
        <EntryBadges e={e} />
      </PageHead>
      <RecordAlerts done={done && DONE[done]} state={form} />
      {editable ? (
        <Card>
          <FormErrors
            errors={f?.errors}
            message={f?.message && Object.keys(f.errors).length ? f.message : undefined}
          />
          <PostForm action={`${action}/save`}>
            <Hidden name="version" value={e.version} />
            {e.kind === "free" ? (
              <>
                <Field label="Tiêu đề" {...save("title", e.title)} maxlength={200} required />
                <TextArea label="Nội dung" {...save("body", e.body)} rows={8} />
              </>
            ) : (
              <>
                {REVIEW_PARTS.map((p) => (
                  <TextArea label={p.label} {...save(p.key, e[p.key])} rows={5} required />
                ))}
                <h2>Kết quả thực hiện kế hoạch</h2>
                {items.length === 0 && <Empty>Kế hoạch của năm chưa có nội dung nào.</Empty>}
                {items.map((i, n) => (
                  <fieldset class="card">
                    <legend>
                      {n + 1}. {i.commitment}
                    </legend>
                    <p class="hint">
                      {i.criterion} · {i.measure} · hạn {formatIsoDate(i.dueDate)}
                    </p>
                    <Hidden name={`progress.${n}.itemId`} value={i.id} />
                    <Select
                      label="Mức thực hiện"
                      {...save(`progress.${n}.status`, progress.get(i.id)?.status ?? "")}
                      options={progressOptions}
                    />
                    <Field
                      label="Ghi chú"
                      name={`progress.${n}.note`}
                      value={save(`progress.${n}.note`, progress.get(i.id)?.note ?? "").value}
                      maxlength={1000}
                    />
                  </fieldset>
                ))}
              </>
            )}
            <div class="form-inline">
              <Button kind="secondary" name="action" value="save">
                Lưu nháp
              </Button>
              <Button name="action" value="submit">
                Nộp chi bộ
              </Button>
            </div>
          </PostForm>
          <ActionButton action={`${action}/delete`} version={e.version} kind="danger" class="form">
            Xóa bản nháp
          </ActionButton>
        </Card>
      ) : (
        <Card>
          {e.kind === "free" ? (
            <p class="pre">{e.body}</p>
          ) : (
            <>
              {REVIEW_PARTS.map((p) => (
                <>
                  <h2>{p.label}</h2>
                  <p class="pre">{e[p.key] || "—"}</p>
                </>
              ))}
              <h2>Kết quả thực hiện kế hoạch</h2>
              <ol>
                {items.map((i) => {
                  const p = progress.get(i.id);
                  return (
                    <li>
                      {i.commitment}: <strong>{p ? PROGRESS_LABEL[p.status] : "—"}</strong>
                      {p?.note && ` – ${p.note}`}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </Card>
      )}
      <Card title="Nhận xét của chi bộ">
        <ItemList items={e.comments} empty="Chưa có nhận xét." item={commentLine} />
        {manager && !self && open && e.status === "submitted" && (
          <div class="grid grid-2">
            <PostForm action={`${action}/comment`}>
              <FormErrors errors={comment?.errors} />
              <TextArea
                label="Nhận xét của chi ủy"
                {...bindState(comment)("content", "")}
                rows={3}
                required
              />
              <Button>Ghi nhận xét</Button>
            </PostForm>
            <PostForm action={`${action}/return`}>
              <Hidden name="version" value={e.version} />
              <FormErrors
                errors={returned?.errors.content ? { reason: returned.errors.content } : returned?.errors}
              />
              <TextArea
                label="Trả lại để sửa (lý do)"
                {...bindState(returned)("reason", "")}
                error={returned?.errors.content}
                rows={3}
                required
              />
              <Button kind="danger">Trả lại</Button>
            </PostForm>
          </div>
        )}
      </Card>
    </>
  );
};
