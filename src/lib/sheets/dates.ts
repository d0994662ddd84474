// Calendar dates as ISO `YYYY-MM-DD` strings, Excel serials and Vietnamese `dd/mm/yyyy`.
// Everything is computed in UTC so the worker's clock/time zone never shifts a date.

const DAY_MS = 86_400_000;
/** 9999-12-31, the last date Excel can represent. */
const MAX_SERIAL_1900 = 2_958_465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
// Excel serials are days since 1899-12-31 (serial 1 = 1900-01-01), but Excel treats 1900 as a leap
// year (Lotus 1-2-3 compatibility), so from serial 61 on the effective epoch is 1899-12-30.
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isoFromUtcMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds `YYYY-MM-DD` if the parts form a real calendar date (years 1000–9999), else null. */
function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  // Date.UTC maps years 0–99 to 1900+, hence the explicit year range above.
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Converts an Excel date serial to `YYYY-MM-DD`; the time-of-day fraction is dropped.
 * 1900 system: serial 1 = 1900-01-01, serial 60 is Excel's fictitious 1900-02-29 (→ null).
 * Returns null for non-finite, < 1 (pure times), or beyond 9999-12-31.
 */
export function excelSerialToIso(n: number, date1904 = false): string | null {
  if (!Number.isFinite(n)) return null;
  // Tolerate float noise such as 45292.99999999999 meaning midnight of the next day.
  const days = Math.floor(n + 1e-9);
  if (date1904) {
    if (days < 0 || days > MAX_SERIAL_1904) return null;
    return isoFromUtcMs(EPOCH_1904 + days * DAY_MS);
  }
  if (days < 1 || days > MAX_SERIAL_1900 || days === 60) return null;
  return isoFromUtcMs((days < 60 ? EPOCH_1900_EARLY : EPOCH_1900) + days * DAY_MS);
}

/** Inverse of {@link excelSerialToIso} for the 1900 system; null for an invalid ISO date. */
export function isoToExcelSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const serial = Math.round((ms - EPOCH_1900) / DAY_MS);
  // Before 1900-03-01 Excel's serials are one lower than the real day count.
  const result = serial < 61 ? serial - 1 : serial;
  return result >= 1 ? result : null;
}

const VI_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parses `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` (day first, one separator kind)
 * or ISO `yyyy-mm-dd`; returns `YYYY-MM-DD` or null if it is not a real calendar date.
 */
export function parseViDate(s: string): string | null {
  const text = s.trim();
  const vi = VI_DATE.exec(text);
  if (vi) return isoFromParts(Number(vi[4]), Number(vi[3]), Number(vi[1]));
  const iso = ISO_DATE.exec(text);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** `YYYY-MM-DD` (a trailing time part is ignored) → `dd/mm/yyyy`; other input is returned unchanged. */
export function formatViDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
