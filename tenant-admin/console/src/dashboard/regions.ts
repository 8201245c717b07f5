/**
 * The city (or province-level municipality) of a region's name as consumers give it, e.g. 成都市武侯区 → 成都市,
 * 浙江省杭州市西湖区 → 浙江省杭州市; a name without one is its own group.
 */
export function cityOf(region: string): string {
  const m = /^(.*?(?:省|自治区))?(.*?(?:市|自治州|地区|盟))/.exec(region);
  return m ? `${m[1] ?? ''}${m[2]}` : region;
}

/** A volume's shade, 1 (few) to 5 (the busiest), against the busiest region's. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((count / max) * 5)));
}
