import type { FC } from "hono/jsx";
import { Badge } from "../../../ui/components";
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
