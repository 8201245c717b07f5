/** ISO-8601 durations of the API (`PT2H30M`) as the hours a form shows (2.5), and back. */
export function toHours(iso: string | null | undefined): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso ?? '');
  if (!m) return 0;
  const [, d, h, min, s] = m;
  return Math.round(((Number(d ?? 0) * 24 + Number(h ?? 0)) + Number(min ?? 0) / 60 + Number(s ?? 0) / 3600) * 100) / 100;
}

export function fromHours(hours: number | null | undefined): string {
  const minutes = Math.round((hours ?? 0) * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}
