import type { FC } from "hono/jsx";
import { Badge, Field } from "../../../ui/components";
import type { Binder } from "../../../ui/form-kit";
import { type ModelStatus, STATUS_LABEL } from "../models.inputs";

export const Checkbox: FC<{ name: string; label: string; checked?: boolean; hint?: string }> = (p) => (
  <div class="field">
    <label>
      <input type="checkbox" name={p.name} value="1" checked={p.checked} /> {p.label}
    </label>
    {p.hint && <p class="hint">{p.hint}</p>}
  </div>
);

const TONE: Record<ModelStatus, "good" | "accent" | "neutral" | "bad"> = {
  new: "accent",
  maintained: "good",
  replicated: "good",
  stopped: "bad",
};

export const StatusBadge: FC<{ status: ModelStatus; year?: number }> = ({ status, year }) => (
  <Badge tone={TONE[status]}>
    {STATUS_LABEL[status]}
    {year ? ` ${year}` : ""}
  </Badge>
);

/** A year's marks of a model: exemplary that year, and the units it was replicated to (by their codes). */
export const YearMarks: FC<{ f: Binder; replicatedError: string | undefined }> = ({ f, replicatedError }) => (
  <>
    <Checkbox
      name="exemplary"
      label="Mô hình điển hình, tiêu biểu trong năm"
      checked={f("exemplary").value === "1"}
    />
    <Field
      label="Nhân rộng đến (mã đơn vị, cách nhau bởi dấu phẩy)"
      {...f("replicatedCodes")}
      error={replicatedError}
    />
  </>
);
