// The navigation every list focused on one unit and one year shares: the neighbouring years, the
// child units to focus on, and "more" for the next page. Pure components.
import type { FC } from "hono/jsx";
import { LinkButton } from "../ui/components";

/** Where the list goes for another year or unit (the rest of its query stays). */
export type ListHref = (to: { unitId?: string; year?: number }) => string;

/** "‹ Năm N−1 · Năm N+1 ›", then the child units when there are any. */
export const YearUnitNav: FC<{ year: number; href: ListHref; units?: { id: string; name: string }[] }> = ({
  year,
  href,
  units = [],
}) => (
  <p class="muted">
    <a href={href({ year: year - 1 })}>‹ Năm {year - 1}</a> ·{" "}
    <a href={href({ year: year + 1 })}>Năm {year + 1} ›</a>
    {units.length > 0 && (
      <>
        {" "}
        · Đơn vị trực thuộc:{" "}
        {units.map((u) => (
          <a href={href({ unitId: u.id })}>{u.name} </a>
        ))}
      </>
    )}
  </p>
);

/** "Xem thêm": the same list from the cursor on, when there is a next page. */
export const MoreLink: FC<{ href: string; cursor: string | null }> = ({ href, cursor }) =>
  cursor ? (
    <p>
      <LinkButton href={`${href}&cursor=${encodeURIComponent(cursor)}`}>Xem thêm</LinkButton>
    </p>
  ) : null;
