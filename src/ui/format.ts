const TZ = "Asia/Ho_Chi_Minh";

/** 1234567.5 → "1.234.567,5" */
export function formatNumber(n: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxFractionDigits }).format(n);
}

export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return "—";
  return `${formatNumber((part / whole) * 100, 1)} %`;
}

function parts(ms: number) {
  const f = new Intl.DateTimeFormat("en-GB", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).formatToParts(new Date(ms));
  const get = (t: string) => f.find((p) => p.type === t)?.value ?? "";
  return { d: get("day"), m: get("month"), y: get("year"), h: get("hour"), min: get("minute") };
}

/** Epoch ms → "dd/mm/yyyy" in Vietnam time. */
export function formatDate(ms: number | null | undefined): string {
  if (ms == null) return "—";
  const p = parts(ms);
  return `${p.d}/${p.m}/${p.y}`;
}

/** Epoch ms → "HH:mm dd/mm/yyyy" in Vietnam time. */
export function formatDateTime(ms: number | null | undefined): string {
  if (ms == null) return "—";
  const p = parts(ms);
  return `${p.h}:${p.min} ${p.d}/${p.m}/${p.y}`;
}

/** "YYYY-MM-DD" → "dd/mm/yyyy". */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** 1536 → "1,5 KB". */
export function formatBytes(n: number | null): string {
  if (n == null) return "—";
  if (n < 1024) return `${formatNumber(n)} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${formatNumber(v, 1)} ${units[i]}`;
}
