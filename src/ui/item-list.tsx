import type { Child } from "hono/jsx";
import { Empty } from "./components";

/** A bulleted list of `items` (an `<li>` each, holding `item`), or `empty` when there are none. */
export function ItemList<T>(p: { items: T[]; empty: string; item: (item: T) => Child }) {
  return p.items.length === 0 ? (
    <Empty>{p.empty}</Empty>
  ) : (
    <ul class="list">
      {p.items.map((x) => (
        <li>{p.item(x)}</li>
      ))}
    </ul>
  );
}
