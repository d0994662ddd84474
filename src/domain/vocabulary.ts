/** A closed vocabulary from its wording: its values in the order written, and the label of each. */
export function vocabulary<const K extends string>(labels: Record<K, string>) {
  return { values: Object.keys(labels) as [K, ...K[]], labels };
}
