/**
 * Returns the q-quantile (0..1) of a list of numbers, by nearest rank.
 *
 * @param values The numbers (not modified).
 * @param q The quantile, such as 0.5 or 0.99.
 *
 * @returns The quantile, or NaN for an empty list.
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Returns the median of a list of numbers.
 *
 * @param values The numbers.
 *
 * @returns The median.
 */
export function median(values) {
  return quantile(values, 0.5);
}
