import { describe, expect, it } from "vitest";
import { barChart, stackedBarChart } from ".";

describe("svg charts", () => {
  it("draws one bar per datum to scale, with an accessible title and Vietnamese numbers", () => {
    const svg = barChart({
      id: "reg",
      title: "Tỷ lệ đăng ký",
      desc: "Theo chi bộ",
      data: [
        { label: "Chi bộ 1", value: 100 },
        { label: "Chi bộ <2>", value: 50.5 },
      ],
      max: 100,
      suffix: " %",
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="reg-t reg-d"/);
    expect(svg).toContain('<title id="reg-t">Tỷ lệ đăng ký</title>');
    expect(svg).toContain("50,5 %");
    expect(svg).toContain("Chi bộ &lt;2&gt;");
    const widths = [...svg.matchAll(/fill="#a3161a"/g)].length;
    expect(widths).toBe(2);
    // 100 fills the scale; 50.5 fills about half of it.
    const bars = [...svg.matchAll(/<rect x="8" y="\d+" width="([\d.]+)" height="18" fill="#a3161a"/g)].map(
      (m) => Number(m[1]),
    );
    expect(bars[1]! / bars[0]!).toBeCloseTo(0.505, 2);
  });

  it("stacks segments in series order and prints each row's total", () => {
    const svg = stackedBarChart({
      id: "plans",
      title: "Kế hoạch",
      series: [
        { key: "ok", label: "Đã xác nhận", color: "#1e7a46" },
        { key: "wait", label: "Chờ xác nhận", color: "#d4a017" },
      ],
      rows: [{ label: "Chi bộ 1", values: { ok: 1200, wait: 34 } }],
      percent: true,
    });
    expect(svg).toContain("Chi bộ 1 · Đã xác nhận: 1.200");
    expect(svg).toContain(">1.234</text>");
    expect(svg.indexOf("#1e7a46", svg.indexOf("Chi bộ 1<"))).toBeLessThan(
      svg.indexOf("#d4a017", svg.indexOf("Chi bộ 1<")),
    );
  });

  it("gives long legend labels a line each, so they never run into each other", () => {
    const legendYs = (labels: string[]) => {
      const svg = stackedBarChart({
        id: "eval",
        title: "Xếp loại",
        series: labels.map((label, i) => ({ key: `k${i}`, label, color: "#1e7a46" })),
        rows: [],
      });
      return [...svg.matchAll(/<rect x="[\d.]+" y="(\d+)" width="14"/g)].map((m) => m[1]);
    };
    const long = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"];
    expect(new Set(legendYs(long)).size).toBe(3);
    expect(new Set(legendYs(["Đã xác nhận", "Chờ xác nhận", "Chưa lập"])).size).toBe(2);
  });

  it("survives no data at all", () => {
    expect(barChart({ id: "x", title: "Trống", data: [] })).toContain("<svg");
    expect(stackedBarChart({ id: "y", title: "Trống", series: [], rows: [] })).toContain("</svg>");
  });
});
