import type { FC } from "hono/jsx";
import { Button, Card, Field } from "../../../ui/components";

export const LandingView: FC = () => (
  <>
    <section class="hero">
      <h1>Trên làm gương mẫu mực, dưới tích cực làm theo</h1>
      <p>
        Đăng ký, kế hoạch cá nhân, sổ tay làm theo gương Bác, đánh giá cuối năm và báo cáo tổng hợp — trên một
        hệ thống, thay cho sổ giấy và bảng tính.
      </p>
    </section>
    <div class="grid grid-3">
      <Card title="Đảng viên">
        <p>Viết kế hoạch cá nhân và tự kiểm điểm ngay trên điện thoại, xem ý kiến của chi bộ.</p>
      </Card>
      <Card title="Bí thư chi bộ">
        <p>
          Xác nhận hoặc trả lại kế hoạch, nhắc việc, ghi nhận biểu dương, phê bình trong sinh hoạt chi bộ.
        </p>
      </Card>
      <Card title="Cấp ủy">
        <p>Khung tiêu chí, số liệu trực tiếp theo từng cấp, báo cáo đúng thể thức để ký ban hành.</p>
      </Card>
    </div>
    <Card title="Đăng nhập">
      <form method="get" action="/dang-nhap" class="form" id="dang-nhap">
        <Field
          label="Mã đơn vị"
          name="don-vi"
          hint="Ví dụ: tra-vinh. Mã do quản trị đơn vị cung cấp."
          required
        />
        <Button>Tiếp tục</Button>
      </form>
    </Card>
  </>
);
