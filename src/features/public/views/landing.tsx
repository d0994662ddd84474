import type { FC } from "hono/jsx";
import { Button, Card, Field, LinkButton } from "../../../ui/components";
import { formatNumber } from "../../../ui/format";
import { MEMBER_CAP_UNVERIFIED } from "../../signup";

const YEAR = [
  [
    "Tháng 1",
    "Cấp ủy ban hành khung tiêu chí; đảng viên đăng ký và lập kế hoạch cá nhân theo nhóm của mình.",
  ],
  ["Cả năm", "Đảng viên ghi sổ tay làm theo gương Bác; chi bộ theo dõi, nhắc nhở, biểu dương."],
  ["Giữa năm", "Tự kiểm điểm 6 tháng: ưu điểm, hạn chế, giải pháp; chi bộ cho ý kiến."],
  ["Cuối năm", "Tự kiểm điểm cả năm, chi bộ đánh giá, cấp ủy tổng hợp số liệu và báo cáo lên trên."],
] as const;

export const LandingView: FC = () => (
  <>
    <section class="hero">
      <h1>Trên làm gương mẫu mực, dưới tích cực làm theo</h1>
      <p>
        Gương mẫu giúp các cấp ủy triển khai việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí
        Minh: đăng ký, kế hoạch cá nhân, sổ tay làm theo gương Bác, tự kiểm điểm, đánh giá và báo cáo — trên
        một hệ thống, thay cho sổ giấy và bảng tính gửi qua lại.
      </p>
      <p>
        Hệ thống không thay sinh hoạt chi bộ. Nó giữ lại những gì đã cam kết và đã làm, để chi bộ theo dõi
        được và cấp ủy không phải tổng hợp tay từng cấp.
      </p>
      <p class="page-actions">
        <LinkButton href="/dang-ky" kind="primary">
          Đăng ký đơn vị
        </LinkButton>
        <LinkButton href="#dang-nhap">Đăng nhập</LinkButton>
      </p>
    </section>
    <h2>Mỗi người dùng để làm gì</h2>
    <div class="grid grid-3">
      <Card title="Đảng viên">
        <p>
          Viết bản đăng ký và kế hoạch cá nhân theo tiêu chí của nhóm mình, ghi sổ tay và tự kiểm điểm ngay
          trên điện thoại; xem chi bộ đã xác nhận hay góp ý gì.
        </p>
      </Card>
      <Card title="Bí thư chi bộ">
        <p>
          Thấy ai đã đăng ký, ai chưa; xác nhận hoặc trả lại kế hoạch, nhắc việc, ghi biên bản, biểu dương và
          phê bình trong sinh hoạt chi bộ.
        </p>
      </Card>
      <Card title="Cấp ủy">
        <p>
          Ban hành và cụ thể hóa khung tiêu chí, mở đợt đăng ký theo năm, xem số liệu trực tiếp theo từng cấp
          và lập báo cáo đúng thể thức để ký ban hành.
        </p>
      </Card>
    </div>
    <h2>Một năm trên hệ thống</h2>
    <ol class="timeline">
      {YEAR.map(([when, what]) => (
        <li>
          <b>{when}</b>
          <span>{what}</span>
        </li>
      ))}
    </ol>
    <div class="grid grid-2">
      <Card title="Đăng nhập">
        <form method="get" action="/dang-nhap" class="form" id="dang-nhap">
          <Field
            label="Mã đơn vị"
            name="don-vi"
            hint="Ví dụ: tra-vinh. Mã do quản trị của đơn vị cung cấp; trang đăng nhập là /t/<mã>/login."
            required
            autocomplete="off"
          />
          <Button>Tiếp tục</Button>
        </form>
      </Card>
      <Card title="Đơn vị chưa có trên hệ thống?">
        <p>
          Tỉnh ủy, thành ủy, đảng ủy khối hoặc cấp ủy cơ sở tự đăng ký và dùng được ngay. Trong lúc chờ xác
          minh, đơn vị quản lý được tối đa {formatNumber(MEMBER_CAP_UNVERIFIED)} đảng viên.
        </p>
        <p>
          Dữ liệu của mỗi đơn vị được lưu tách biệt; quản trị đơn vị tải được toàn bộ dữ liệu của mình bất cứ
          lúc nào.
        </p>
        <LinkButton href="/dang-ky" kind="primary">
          Đăng ký đơn vị
        </LinkButton>
      </Card>
    </div>
  </>
);
