import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/context";
import { Alert, Button, Card, LinkButton, numCol, PostForm, Table } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import { PageTitle } from "../../../ui/layout";
import type { RecountOut } from "../reports.outputs";
import { GROUP_SHORT } from "./labels";

export const RecountPage: FC<{ ctx: Ctx; result: RecountOut | null; done?: string | undefined }> = ({
  ctx,
  result,
  done,
}) => {
  const base = `/t/${ctx.tenant.slug}/reports/recount`;
  return (
    <>
      <PageTitle
        title="Đối soát số liệu tổng hợp"
        subtitle="Đếm lại toàn bộ số liệu từ dữ liệu gốc và so sánh với số đang lưu"
      />
      {done === "fixed" && <Alert kind="success">Đã điều chỉnh số liệu tổng hợp theo kết quả đếm lại.</Alert>}
      <Card>
        <p>
          Các báo cáo đọc số liệu tổng hợp được cập nhật cùng lúc với mỗi thao tác (nộp, xác nhận kế hoạch, sổ
          tay, xếp loại, mô hình…). Chức năng này đếm lại từ dữ liệu gốc để kiểm tra; việc đếm lại đọc toàn bộ
          dữ liệu của đơn vị nên nên chạy vào lúc ít người dùng.
        </p>
        <p class="form-inline">
          <LinkButton href={`${base}?run=1`} kind="primary">
            Đếm lại và so sánh
          </LinkButton>
        </p>
      </Card>
      {result && (
        <Card title="Kết quả đối soát">
          <p class="meta">Nguồn số liệu: {result.sources.join(", ") || "chưa có"}</p>
          {result.differences.length === 0 ? (
            <Alert kind="success">Không có chênh lệch: số liệu tổng hợp khớp với dữ liệu gốc.</Alert>
          ) : (
            <>
              <Alert kind="warning">Có {formatNumber(result.differences.length, 0)} chênh lệch.</Alert>
              <Table
                columns={["Đơn vị", numCol("Năm"), "Chỉ số", "Nhóm", numCol("Đang lưu"), numCol("Đếm lại")]}
                class="stack"
              >
                {result.differences.slice(0, 500).map((d) => (
                  <tr>
                    <td data-label="Đơn vị">{d.unitName ?? d.unitId}</td>
                    <td class="num" data-label="Năm">
                      {d.year}
                    </td>
                    <td data-label="Chỉ số">
                      <code>{d.metric}</code>
                    </td>
                    <td data-label="Nhóm">{GROUP_SHORT[d.grp] ?? d.grp}</td>
                    <td class="num" data-label="Đang lưu">
                      {formatNumber(d.stored, 0)}
                    </td>
                    <td class="num" data-label="Đếm lại">
                      {formatNumber(d.actual, 0)}
                    </td>
                  </tr>
                ))}
              </Table>
              <PostForm action={base}>
                <Button kind="danger">Điều chỉnh theo số đếm lại</Button>
              </PostForm>
            </>
          )}
        </Card>
      )}
    </>
  );
};
