import type { ChartData } from '../lib/Chart';
import { addDays, addMonths } from '../lib/time';

export type Interval = 'day' | 'week' | 'month' | 'quarter';
export type GroupBy = 'category' | 'channel' | 'region' | 'department' | 'product';

/** A period of the trends answer: when it starts, its count per group and in all. */
export interface TrendPoint {
  start: string;
  total: number;
  counts: Record<string, number>;
  /** Per deadline metric: the share met of those decided in the period (null: none decided). */
  sla?: Record<string, { attainment?: number | null }>;
  averageSatisfaction?: number | null;
}

const METRICS = ['FIRST_CONTACT', 'PROGRESS_FEEDBACK', 'RESOLUTION', 'HANDOVER_ACKNOWLEDGEMENT', 'FOLLOW_UP'];

/** Deadlines met per metric and period, in percent (one decimal); a metric no period decided is left out. */
export function slaChart(points: TrendPoint[], metricLabel: (metric: string) => string, periodLabel: (start: string) => string): ChartData {
  const present = METRICS.filter((m) => points.some((p) => p.sla?.[m]?.attainment !== undefined && p.sla?.[m]?.attainment !== null));
  return {
    categories: points.map((p) => periodLabel(p.start)),
    series: present.map((m) => ({ key: m, name: metricLabel(m), values: points.map((p) => {
      const a = p.sla?.[m]?.attainment;
      return a === undefined || a === null ? null : Math.round(a * 1000) / 10;
    }) })),
  };
}

/** The average follow-up score (1–5) per period, two decimals; a period without answers is a gap. */
export function satisfactionChart(points: TrendPoint[], name: string, periodLabel: (start: string) => string): ChartData {
  const values = points.map((p) => (p.averageSatisfaction === undefined || p.averageSatisfaction === null
    ? null : Math.round(p.averageSatisfaction * 100) / 100));
  return { categories: points.map((p) => periodLabel(p.start)), series: values.some((v) => v !== null) ? [{ key: 'satisfaction', name, values }] : [] };
}

/** The day after a period of the trends answer ends (the start of the next one). */
export function periodEnd(start: string, interval: Interval): string {
  switch (interval) {
    case 'day': return addDays(start, 1);
    case 'week': return addDays(start, 7);
    case 'month': return addMonths(start, 1);
    case 'quarter': return addMonths(start, 3);
  }
}

/** The first day of the range a trend chart shows, ending today: 30 days, 12 weeks, 12 months or 8 quarters. */
export function rangeStart(todayDate: string, interval: Interval): string {
  switch (interval) {
    case 'day': return addDays(todayDate, -29);
    case 'week': return addDays(todayDate, -7 * 11 - ((new Date(`${todayDate}T00:00:00Z`).getUTCDay() + 6) % 7));
    case 'month': return addMonths(`${todayDate.slice(0, 7)}-01`, -11);
    case 'quarter': {
      const month = Number(todayDate.slice(5, 7));
      const quarterStart = `${todayDate.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
      return addMonths(quarterStart, -21);
    }
  }
}

/** The key a chart uses for everything outside the largest groups. */
export const OTHER = '__other__';
/** The key of the cases without a value in the group (not triaged yet, no region given). */
export const NONE = '__none__';

/**
 * Trend points as a chart: one stacked series per group, the `top` largest over the whole range by name, the rest
 * summed as "other" (regions and products have many values), and the cases without a value as their own series. The
 * groups' keys stay the API's values, for filters.
 */
export function trendChart(points: TrendPoint[], label: (key: string) => string, periodLabel: (start: string) => string,
                           otherLabel: string, noneLabel: string, top = 8): ChartData {
  const totals = new Map<string, number>();
  for (const p of points) for (const [k, v] of Object.entries(p.counts)) totals.set(k, (totals.get(k) ?? 0) + v);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const shown = ranked.length > top + 1 ? ranked.slice(0, top) : ranked;
  const rest = ranked.filter((k) => !shown.includes(k));
  const series = shown.map((key) => ({ key, name: label(key), values: points.map((p) => p.counts[key] ?? 0) }));
  if (rest.length) {
    series.push({ key: OTHER, name: otherLabel,
      values: points.map((p) => rest.reduce((sum, k) => sum + (p.counts[k] ?? 0), 0)) });
  }
  // the cases the groups do not count (no category yet, no region): the bars add up to what came in
  const none = points.map((p) => Math.max(0, p.total - Object.values(p.counts).reduce((a, b) => a + b, 0)));
  if (none.some((n) => n > 0)) series.push({ key: NONE, name: noneLabel, values: none });
  return { categories: points.map((p) => periodLabel(p.start)), series };
}

/** Received today and this week (from Monday) against the day and the week before, from 14 or more daily points. */
export function receivedComparison(points: TrendPoint[], todayDate: string) {
  const on = (date: string) => points.find((p) => p.start === date)?.total ?? 0;
  const weekday = (new Date(`${todayDate}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const sum = (from: string, days: number) => Array.from({ length: days }, (_, i) => on(addDays(from, i)))
    .reduce((a, b) => a + b, 0);
  const monday = addDays(todayDate, -weekday);
  return {
    today: on(todayDate),
    yesterday: on(addDays(todayDate, -1)),
    // the week so far against the same days of the week before
    thisWeek: sum(monday, weekday + 1),
    lastWeek: sum(addDays(monday, -7), weekday + 1),
  };
}
