/** A ratio as a percentage, a mean with one decimal, or a dash when there is nothing to measure. */
export function figure(value: number | null | undefined, kind: 'share' | 'mean'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return kind === 'share' ? `${Math.round(value * 100)}%` : value.toFixed(1);
}
