// Tiny server-side SVG charts: horizontal bars and stacked bars, labels above the bars so they
// stay readable on a phone, Vietnamese number format, and a <title>/<desc> for screen readers.

export interface BarDatum {
  label: string;
  value: number;
}

export interface StackSeries {
  key: string;
  label: string;
  /** Fill colour (#rrggbb). */
  color: string;
}

export interface StackRow {
  label: string;
  values: Record<string, number>;
}

interface Common {
  /** Unique within the page: prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  desc?: string;
  /** Formats a value; defaults to vi-VN numbers ("1.234,5"). */
  format?: (n: number) => string;
}

const W = 360;
const PAD = 8;
const LABEL_H = 18;
const BAR_H = 18;
const ROW_GAP = 10;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

const viNumber = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(n);

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are invalid in XML
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** Escapes text for SVG element content and attributes. */
export function escSvg(s: string): string {
  return s
    .replace(CONTROL, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Shortens a label to roughly `max` characters (the full text stays in the bar's <title>). */
function clip(s: string, max = 46): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function frame(c: Common, height: number, body: string): string {
  const t = `${escSvg(c.id)}-t`;
  const d = `${escSvg(c.id)}-d`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-labelledby="${t}${c.desc ? ` ${d}` : ""}" class="chart" ${FONT} font-size="13">` +
    `<title id="${t}">${escSvg(c.title)}</title>` +
    (c.desc ? `<desc id="${d}">${escSvg(c.desc)}</desc>` : "") +
    body +
    "</svg>"
  );
}

/** Horizontal bars, one per datum; `max` fixes the scale (e.g. 100 for percentages). */
export function barChart(
  c: Common & { data: BarDatum[]; max?: number; color?: string; suffix?: string },
): string {
  const fmt = c.format ?? viNumber;
  const max = Math.max(c.max ?? 0, ...c.data.map((d) => d.value), 1);
  const barW = W - 2 * PAD - 64;
  const rowH = LABEL_H + BAR_H + ROW_GAP;
  const rows = c.data.map((d, i) => {
    const y = PAD + i * rowH;
    const w = Math.max(0, (d.value / max) * barW);
    const value = `${fmt(d.value)}${c.suffix ?? ""}`;
    return (
      `<g><title>${escSvg(`${d.label}: ${value}`)}</title>` +
      `<text x="${PAD}" y="${y + 13}" fill="#1f2328">${escSvg(clip(d.label))}</text>` +
      `<rect x="${PAD}" y="${y + LABEL_H}" width="${barW}" height="${BAR_H}" fill="#f1efe9"/>` +
      `<rect x="${PAD}" y="${y + LABEL_H}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${c.color ?? "#a3161a"}"/>` +
      `<text x="${PAD + barW + 6}" y="${y + LABEL_H + 13}" fill="#1f2328" font-weight="600">${escSvg(value)}</text></g>`
    );
  });
  const height = PAD * 2 + Math.max(1, c.data.length) * rowH - ROW_GAP;
  return frame(c, height, rows.join(""));
}

/**
 * One stacked bar per row, segments in series order; with `percent`, each bar is scaled to
 * 100 % of its own total (the total is printed at its end).
 */
export function stackedBarChart(
  c: Common & { series: StackSeries[]; rows: StackRow[]; percent?: boolean },
): string {
  const fmt = c.format ?? viNumber;
  // Two legend columns only when every label fits in half the width (about 7 px a character at 13 px).
  const cols = c.series.every((s) => s.label.length * 7 <= W / 2 - 28) ? 2 : 1;
  const legendH = 22 * Math.ceil(c.series.length / cols) + 6;
  const totals = c.rows.map((r) => c.series.reduce((a, s) => a + (r.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const barW = W - 2 * PAD - 64;
  const rowH = LABEL_H + BAR_H + ROW_GAP;
  const legend = c.series
    .map((s, i) => {
      const x = PAD + (i % cols) * (W / 2);
      const y = PAD + Math.floor(i / cols) * 22;
      return `<rect x="${x}" y="${y}" width="14" height="14" fill="${s.color}"/><text x="${x + 20}" y="${y + 12}" fill="#1f2328">${escSvg(clip(s.label, cols === 2 ? 22 : 46))}</text>`;
    })
    .join("");
  const rows = c.rows.map((r, i) => {
    const y = PAD + legendH + i * rowH;
    const total = totals[i]!;
    const scale = c.percent ? (total > 0 ? barW / total : 0) : barW / max;
    let x = PAD;
    const segs = c.series.map((s) => {
      const v = r.values[s.key] ?? 0;
      const w = v * scale;
      const seg =
        v > 0
          ? `<rect x="${x.toFixed(1)}" y="${y + LABEL_H}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${s.color}"><title>${escSvg(`${r.label} · ${s.label}: ${fmt(v)}`)}</title></rect>` +
            (w > 26
              ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + LABEL_H + 13}" fill="#fff" text-anchor="middle" font-size="12">${escSvg(fmt(v))}</text>`
              : "")
          : "";
      x += w;
      return seg;
    });
    return (
      `<g><text x="${PAD}" y="${y + 13}" fill="#1f2328">${escSvg(clip(r.label))}</text>` +
      `<rect x="${PAD}" y="${y + LABEL_H}" width="${barW}" height="${BAR_H}" fill="#f1efe9"/>${segs.join("")}` +
      `<text x="${PAD + barW + 6}" y="${y + LABEL_H + 13}" fill="#1f2328" font-weight="600">${escSvg(fmt(total))}</text></g>`
    );
  });
  const height = PAD * 2 + legendH + Math.max(1, c.rows.length) * rowH - ROW_GAP;
  return frame(c, height, legend + rows.join(""));
}
