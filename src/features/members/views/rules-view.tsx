import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Button, Card, Field, FormErrors, Hidden, PostForm } from "../../../ui/components";
import { PageHead, bindState, plainMessage } from "../../../ui/form-kit";
import type { GroupRulesOut } from "../members.outputs";

export const GroupRulesPage: FC<{
  ctx: Ctx;
  rules: GroupRulesOut;
  form?: {
    values: Record<string, string>;
    checked: string[];
    errors: Record<string, string>;
    message?: string;
  };
  done?: boolean;
}> = ({ ctx, rules, form, done }) => {
  const admin = ctx.actor.role === "admin";
  const checked = form?.checked ?? rules.exemplarPositions;
  const group = (kind: "party" | "gov", legend: string) => (
    <fieldset class="checks">
      <legend>{legend}</legend>
      {rules.positions
        .filter((p) => p.kind === kind)
        .map((p) => (
          <label>
            <input
              type="checkbox"
              name="positions"
              value={p.code}
              checked={checked.includes(p.code)}
              disabled={!admin}
            />{" "}
            {p.label}
          </label>
        ))}
    </fieldset>
  );
  return (
    <>
      <PageHead
        back={{ href: `/t/${ctx.tenant.slug}/members`, label: "Đảng viên" }}
        title="Quy tắc phân nhóm"
        subtitle="Đảng viên giữ một trong các chức vụ được chọn thuộc nhóm 1 (làm gương mẫu mực); còn lại thuộc nhóm 2 (tích cực làm theo)."
      />
      {done && <Alert kind="success">Đã lưu quy tắc và xếp lại nhóm cho toàn bộ đảng viên.</Alert>}
      {rules.isDefault && (
        <Alert kind="info">
          Đang dùng quy tắc mặc định theo Kế hoạch 23-KH/ĐU: Bí thư, Phó Bí thư, Ủy viên Ban Chấp hành; Bí
          thư, Phó Bí thư, Chi ủy viên chi bộ; Ban Giám hiệu, thủ trưởng; Trưởng, Phó các phòng, khoa.
        </Alert>
      )}
      <Card>
        <FormErrors errors={form?.errors} message={plainMessage(form?.errors, form?.message)} />
        <PostForm action={`/t/${ctx.tenant.slug}/members/rules`}>
          <Hidden name="version" value={rules.version} />
          <div class="grid grid-2">
            {group("party", "Chức vụ Đảng")}
            {group("gov", "Chức vụ chính quyền")}
          </div>
          {admin && (
            <>
              <Field
                label="Áp dụng từ ngày"
                {...bindState(form)("effectiveFrom")}
                hint="dd/mm/yyyy; để trống là hôm nay. Lịch sử nhóm của đảng viên ghi nhận từ ngày này."
              />
              <Button>Lưu quy tắc</Button>
            </>
          )}
        </PostForm>
      </Card>
    </>
  );
};
