import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Card, Field } from "../../../ui/components";
import { ActionButton, FormBody, bindState } from "../../../ui/form-kit";
import type { AccountOut } from "../accounts.inputs";

type Form = { values: Record<string, string>; errors: Record<string, string>; message?: string };

/**
 * The member record behind an account: the person's plan, notebook and evaluation follow it. An admin
 * links it by party card number, or unlinks a wrong link.
 */
export const AccountMemberCard: FC<{ ctx: Ctx; account: AccountOut; form?: Form | undefined }> = ({
  ctx,
  account: a,
  form,
}) => {
  const base = `/t/${ctx.tenant.slug}/admin/accounts/${a.id}`;
  const admin = ctx.actor.role === "admin";
  if (a.memberId)
    return (
      <Card title="Hồ sơ đảng viên">
        <p>
          Gắn với hồ sơ của đồng chí <strong>{a.memberName}</strong> (số thẻ {a.memberCardNumber}): kế hoạch,
          sổ tay và đánh giá của người dùng theo hồ sơ này.
        </p>
        {admin && (
          <ActionButton action={`${base}/unlink`} version={a.version} kind="secondary">
            Bỏ gắn hồ sơ
          </ActionButton>
        )}
      </Card>
    );
  const f = bindState(form);
  return (
    <Card title="Hồ sơ đảng viên">
      <p>
        Tài khoản chưa gắn với hồ sơ đảng viên nào: người dùng chưa lập được kế hoạch, sổ tay và tự đánh giá.
      </p>
      {admin ? (
        <FormBody
          action={`${base}/link`}
          errors={form?.errors}
          message={form?.message}
          version={a.version}
          submit="Gắn hồ sơ"
        >
          <Field
            label="Số thẻ đảng viên"
            {...f("cardNumber")}
            required
            hint="Số thẻ trong hồ sơ đảng viên của người dùng; mỗi người chỉ có một tài khoản."
          />
        </FormBody>
      ) : (
        <p class="hint">Chỉ quản trị đơn vị được gắn tài khoản với hồ sơ đảng viên.</p>
      )}
    </Card>
  );
};
