/** The named fields of `row`, copied as they are: the columns an output takes unchanged from its row. */
export function pick<T, K extends keyof T>(row: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = row[k];
  return out;
}
