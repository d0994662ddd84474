import type { FC } from "hono/jsx";
import { Button, Card, PostForm } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import type { OnboardingState } from "../onboarding.service";

/** The new admin's checklist on the home page; renders nothing once done or hidden. */
export const OnboardingChecklist: FC<{ slug: string; state: OnboardingState | null | undefined }> = ({
  slug,
  state,
}) => {
  if (!state || state.complete || state.hidden) return null;
  return (
    <Card title={`Bắt đầu sử dụng: đã xong ${state.done}/${state.steps.length} bước`} class="onboarding">
      {state.memberCap != null && (
        <p class="hint">
          Đơn vị đang chờ xác minh: dùng được mọi chức năng, quản lý tối đa {formatNumber(state.memberCap)}{" "}
          đảng viên. Cán bộ vận hành sẽ gọi số điện thoại liên hệ để xác minh.
        </p>
      )}
      <ol class="checklist">
        {state.steps.map((s) => (
          <li class={s.done ? "done" : ""}>
            <span class="check" aria-hidden="true">
              {s.done ? "✓" : ""}
            </span>
            <span>
              <a href={s.href}>{s.title}</a>
              {s.done ? <span class="meta"> · đã xong</span> : <span class="meta"> · {s.hint}</span>}
            </span>
          </li>
        ))}
      </ol>
      <PostForm action={`/t/${slug}/onboarding/hide`} class="form-inline">
        <Button kind="secondary">Ẩn danh sách này</Button>
      </PostForm>
    </Card>
  );
};
