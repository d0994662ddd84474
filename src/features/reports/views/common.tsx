import type { FC } from "hono/jsx";

/** Paths of the report pages of a tenant, for one year. */
export function reportLinks(slug: string, year: number) {
  const base = `/t/${slug}/reports`;
  const q = (params: Record<string, string | number>) =>
    new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return {
    base,
    unit: (id: string, y = year) => `${base}/units/${id}?${q({ year: y })}`,
    people: (id: string, figure: string, group: string, cursor?: string) =>
      `${base}/units/${id}/people?${q({ year, figure, group, ...(cursor ? { cursor } : {}) })}`,
    exportPeople: (id: string, figure: string, group: string, format: "xlsx" | "csv") =>
      `${base}/units/${id}/people/export?${q({ year, figure, group, format })}`,
    exportFigures: (id: string, format: "xlsx" | "csv") =>
      `${base}/units/${id}/export?${q({ year, format })}`,
    documents: (id: string) => `${base}/units/${id}/documents?${q({ year })}`,
    document: (id: string) => `${base}/documents/${id}`,
    print: (id: string) => `${base}/documents/${id}/print`,
    docx: (id: string) => `${base}/documents/${id}/docx`,
  };
}

/** A GET form to switch the year, with the previous and next year as links. */
export const YearPicker: FC<{ action: string; year: number; extra?: Record<string, string> }> = ({
  action,
  year,
  extra,
}) => (
  <form method="get" action={action} class="form-inline year-picker no-print">
    {Object.entries(extra ?? {}).map(([k, v]) => (
      <input type="hidden" name={k} value={v} />
    ))}
    <a
      href={`${action}?${new URLSearchParams({ ...extra, year: String(year - 1) })}`}
      aria-label={`Năm ${year - 1}`}
    >
      ‹ {year - 1}
    </a>
    <label for="f-year">Năm</label>
    <input
      id="f-year"
      name="year"
      type="number"
      inputmode="numeric"
      min="2000"
      max="2100"
      value={String(year)}
    />
    <button type="submit" class="btn btn-secondary">
      Xem
    </button>
    <a
      href={`${action}?${new URLSearchParams({ ...extra, year: String(year + 1) })}`}
      aria-label={`Năm ${year + 1}`}
    >
      {year + 1} ›
    </a>
  </form>
);
