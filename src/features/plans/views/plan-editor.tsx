import type { FC } from "hono/jsx";
import { Button, Field, FormErrors, Hidden, PostForm, Select, TextArea } from "../../../ui/components";
import type { MemberPlanOut } from "../plans.outputs";
import type { Bound } from "../../../ui/form-kit";

export interface EditorRow {
  id?: string | undefined;
  criterionVersionId: string;
  /** "" (none), "theme" (the year theme) or a focus issue id. */
  link: string;
  commitment: string;
  measure: string;
  dueDate: string;
}

export interface EditorValues {
  registration: string;
  rows: EditorRow[];
}

/** The stored plan as editor values. */
export function valuesOf(view: MemberPlanOut): EditorValues {
  return {
    registration: view.plan?.registration ?? "",
    rows: (view.plan?.items ?? []).map((i) => ({
      id: i.id,
      criterionVersionId: i.criterionVersionId,
      link: i.yearTheme ? "theme" : (i.focusIssueId ?? ""),
      commitment: i.commitment,
      measure: i.measure,
      dueDate: i.dueDate,
    })),
  };
}

const blankRow = (): EditorRow => ({
  criterionVersionId: "",
  link: "",
  commitment: "",
  measure: "",
  dueDate: "",
});

const ITEM_LABEL: Record<string, string> = {
  criterionVersionId: "Tiêu chí",
  commitment: "Cam kết cụ thể",
  measure: "Cách đo, kết quả cần đạt",
  dueDate: "Thời hạn",
  focusIssueId: "Gắn với",
  yearTheme: "Gắn với",
};

/** What the error summary calls each field: "Nội dung 2, Thời hạn". */
function editorLabels(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { registration: "Bản đăng ký làm theo", items: "Nội dung kế hoạch" };
  for (const k of Object.keys(errors)) {
    const m = /^items\.(\d+)\.(\w+)$/.exec(k);
    if (m && ITEM_LABEL[m[2]!]) out[k] = `Nội dung ${Number(m[1]) + 1}, ${ITEM_LABEL[m[2]!]}`;
  }
  return out;
}

/**
 * The registration and the items editor: works without JavaScript — rows are added and
 * removed by posting the form (each press saves the draft), there is always a blank row.
 */
export const PlanEditor: FC<{
  view: MemberPlanOut;
  action: string;
  values: EditorValues;
  errors: Record<string, string>;
  message?: string | undefined;
  blank: number;
}> = ({ view, action, values, errors, message, blank }) => {
  const rows = [...values.rows];
  // Blank rows up to the minimum (at least one), and one more for each press of "Thêm nội dung".
  const want = Math.max(view.cycle ? view.cycle.minItems - rows.length : 1, 1) + blank;
  for (let i = 0; i < want && rows.length < 30; i++) rows.push(blankRow());
  const criteria = [{ value: "", label: "— Chọn tiêu chí —" }].concat(
    view.criteria.map((c) => ({ value: c.criterionVersionId, label: `${c.number}. ${c.title}` })),
  );
  const stored = new Map((view.plan?.items ?? []).map((i) => [i.criterionVersionId, i.criterionTitle]));
  const links = [{ value: "", label: "Không gắn" }]
    .concat(view.yearTheme ? [{ value: "theme", label: `Chuyên đề năm: ${view.yearTheme.yearTheme}` }] : [])
    .concat(view.focusIssues.map((f) => ({ value: f.id, label: `Trọng tâm (${f.unitName}): ${f.title}` })));
  return (
    <PostForm action={action} class="form plan-form">
      {/* Enter in a field presses the first submit button: make it "save", never "remove". */}
      <button type="submit" name="action" value="save" class="default-action" tabindex={-1}>
        Lưu nháp
      </button>
      <FormErrors errors={errors} message={message} labels={editorLabels(errors)} />
      <Hidden name="version" value={view.plan?.version ?? ""} />
      <TextArea
        label="Bản đăng ký làm theo"
        name="registration"
        value={values.registration}
        error={errors.registration}
        rows={5}
        maxlength={5000}
        marked
        hint="Bắt buộc khi nộp. Những việc đồng chí đăng ký làm theo tấm gương đạo đức, phong cách Hồ Chí Minh trong năm."
      />
      <h2>Nội dung kế hoạch {errors.items && <span class="error-text">{errors.items}</span>}</h2>
      {rows.map((r, i) => {
        const f = (k: string) => `items.${i}.${k}`;
        const row = (k: keyof EditorRow): Bound => ({ name: f(k), value: r[k], error: errors[f(k)] });
        const options = criteria.some((o) => o.value === r.criterionVersionId)
          ? criteria
          : criteria.concat([
              {
                value: r.criterionVersionId,
                label: `${stored.get(r.criterionVersionId) ?? "Tiêu chí"} (phiên bản cũ)`,
              },
            ]);
        return (
          <fieldset class="item-row">
            <legend>Nội dung {i + 1}</legend>
            {r.id && <Hidden name={f("id")} value={r.id} />}
            <Select label="Tiêu chí" {...row("criterionVersionId")} options={options} />
            <TextArea label="Cam kết cụ thể" {...row("commitment")} rows={3} maxlength={2000} />
            <TextArea label="Cách đo, kết quả cần đạt" {...row("measure")} rows={2} maxlength={1000} />
            <Field label="Thời hạn" {...row("dueDate")} type="date" />
            {links.length > 1 && (
              <Select
                label="Gắn với"
                {...row("link")}
                options={links}
                error={errors[f("focusIssueId")] ?? errors[f("yearTheme")]}
              />
            )}
            {(r.id || r.commitment) && (
              <Button kind="secondary" name="action" value={`remove-${i}`}>
                Bỏ nội dung này
              </Button>
            )}
          </fieldset>
        );
      })}
      <div class="form-inline">
        <Button kind="secondary" name="action" value="add">
          Thêm nội dung
        </Button>
        <Button kind="secondary" name="action" value="save">
          Lưu nháp
        </Button>
        <Button name="action" value="submit">
          Nộp kế hoạch cho chi bộ
        </Button>
      </div>
      <p class="hint">
        Cần ít nhất {view.cycle?.minItems ?? 4} nội dung để nộp. Dòng để trống sẽ được bỏ qua.
      </p>
    </PostForm>
  );
};
