import { describe, expect, it } from 'vitest';
import { addDays, startOfDay, today, wallClock, zonedInstant } from '../lib/time';
import { NONE, OTHER, periodEnd, rangeStart, receivedComparison, trendChart, type TrendPoint, satisfactionChart, slaChart } from './dashboardData';

describe('periods', () => {
  it('end where the next one starts', () => {
    expect(periodEnd('2026-12-31', 'day')).toBe('2027-01-01');
    expect(periodEnd('2026-11-30', 'week')).toBe('2026-12-07');
    expect(periodEnd('2026-01-01', 'month')).toBe('2026-02-01');
    expect(periodEnd('2026-10-01', 'quarter')).toBe('2027-01-01');
  });

  it('reach back 30 days, 12 weeks from a Monday, 12 months and 8 quarters from their firsts', () => {
    expect(rangeStart('2026-12-03', 'day')).toBe('2026-11-04');
    expect(rangeStart('2026-12-03', 'week')).toBe('2026-09-14'); // a Monday, 11 weeks before this week's
    expect(rangeStart('2026-12-03', 'month')).toBe('2026-01-01');
    expect(rangeStart('2026-12-03', 'quarter')).toBe('2025-01-01');
  });

  it('start a day at midnight of the tenant’s zone', () => {
    expect(startOfDay('2026-12-01', 'Asia/Shanghai')).toBe('2026-11-30T16:00:00.000Z');
    expect(startOfDay('2026-07-01', 'Europe/Berlin')).toBe('2026-06-30T22:00:00.000Z');
    expect(zonedInstant('2026-11-07', '15:00', 'Asia/Shanghai')).toBe('2026-11-07T07:00:00.000Z');
    expect(wallClock('Asia/Shanghai', Date.parse('2026-12-03T09:26:00Z'))).toBe('2026-12-03T17:26');
    expect(today('Asia/Shanghai', Date.parse('2026-12-02T17:00:00Z'))).toBe('2026-12-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('trendChart', () => {
  const points: TrendPoint[] = [
    { start: '2026-11-01', total: 6, counts: { A: 3, B: 2, C: 1 } },
    { start: '2026-12-01', total: 5, counts: { A: 1, C: 4 } },
  ];

  it('stacks one series per group, largest first, with zeros where a period has none', () => {
    const chart = trendChart(points, (k) => `name ${k}`, (s) => s.slice(0, 7), 'Other', 'None');
    expect(chart.categories).toEqual(['2026-11', '2026-12']);
    expect(chart.series).toEqual([
      { key: 'C', name: 'name C', values: [1, 4] },
      { key: 'A', name: 'name A', values: [3, 1] },
      { key: 'B', name: 'name B', values: [2, 0] },
    ]);
  });

  it('sums the groups beyond the largest as other, keeping every case counted', () => {
    const chart = trendChart(points, (k) => k, (s) => s, 'Other', 'None', 1);
    expect(chart.series.map((s) => s.key)).toEqual(['C', OTHER]);
    expect(chart.series[1].values).toEqual([5, 1]);
    const total = chart.series.reduce((sum, s) => sum + s.values.reduce<number>((a, b) => a + (b ?? 0), 0), 0);
    expect(total).toBe(11);
  });

  it('shows the cases no group counts (not triaged yet) as their own series', () => {
    const chart = trendChart([{ start: '2026-12-01', total: 7, counts: { A: 3 } }, { start: '2026-12-02', total: 1, counts: {} }],
      (k) => k, (s) => s, 'Other', 'None');
    expect(chart.series).toEqual([{ key: 'A', name: 'A', values: [3, 0] }, { key: NONE, name: 'None', values: [4, 1] }]);
  });
});

describe('receivedComparison', () => {
  it('compares today with yesterday and the week so far with the same days before', () => {
    // 2026-12-03 is a Thursday: this week Mon 11-30 … Thu 12-03, last week Mon 11-23 … Thu 11-26
    const points = Array.from({ length: 14 }, (_, i) => ({ start: addDays('2026-11-20', i), total: i + 1, counts: {} }));
    const c = receivedComparison(points, '2026-12-03');
    expect(c.today).toBe(14);
    expect(c.yesterday).toBe(13);
    expect(c.thisWeek).toBe(11 + 12 + 13 + 14);
    expect(c.lastWeek).toBe(4 + 5 + 6 + 7);
  });
});

describe('deadline and satisfaction trends', () => {
  const points: TrendPoint[] = [
    { start: '2026-10-01', total: 10, counts: {}, sla: { RESOLUTION: { attainment: 0.9 }, FIRST_CONTACT: { attainment: null } }, averageSatisfaction: 4.333 },
    { start: '2026-11-01', total: 12, counts: {}, sla: { RESOLUTION: { attainment: 0.8333 } }, averageSatisfaction: null },
  ];
  it('shows each decided metric as percent met per period', () => {
    const chart = slaChart(points, (m) => `m:${m}`, (s) => s.slice(0, 7));
    expect(chart.categories).toEqual(['2026-10', '2026-11']);
    expect(chart.series).toEqual([{ key: 'RESOLUTION', name: 'm:RESOLUTION', values: [90, 83.3] }]);
  });
  it('shows the average score with a gap where nobody answered', () => {
    expect(satisfactionChart(points, 'score', (s) => s).series).toEqual([{ key: 'satisfaction', name: 'score', values: [4.33, null] }]);
    expect(satisfactionChart([{ start: 'x', total: 0, counts: {} }], 'score', (s) => s).series).toEqual([]);
  });
});
