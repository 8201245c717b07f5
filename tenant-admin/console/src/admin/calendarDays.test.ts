import { describe, expect, it } from 'vitest';
import { dayChanges, dayKind, formatHours, monthWeeks, parseHours, weekdayOf } from './calendarDays';

describe('calendar days', () => {
  it('reads and writes intervals the way an admin types them', () => {
    expect(parseHours('09:00-12:00, 13:30–18:00')).toEqual([{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }]);
    expect(parseHours('09:00-12:00，13:30-18:00')).toHaveLength(2);
    expect(parseHours('')).toEqual([]);
    expect(parseHours('nine')).toEqual([{ start: 'nine', end: '' }]);
    expect(formatHours([{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }])).toBe('09:00-12:00, 13:30-18:00');
  });

  it('lays a month out in weeks that start on Monday', () => {
    const october = monthWeeks(2026, 9); // 1 October 2026 is a Thursday
    expect(october[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(october.flat().filter(Boolean)).toHaveLength(31);
    expect(october.every((w) => w.length === 7)).toBe(true);
    expect(weekdayOf('2026-09-27')).toBe('SUNDAY');
  });

  it('tells holidays, partial holidays, make-up days, working and rest days apart', () => {
    const week = { MONDAY: [{ start: '09:00', end: '18:00' }], SATURDAY: [] };
    const special = new Map([
      ['2026-10-01', { date: '2026-10-01', type: 'HOLIDAY' as const, name: '国庆节', hours: [] }],
      ['2026-12-31', { date: '2026-12-31', type: 'HOLIDAY' as const, name: '跨年', hours: [{ start: '13:30', end: '18:00' }] }],
      ['2026-09-26', { date: '2026-09-26', type: 'MAKE_UP_DAY' as const, name: '补班', hours: [] }],
    ]);
    expect(dayKind('2026-10-01', special, week)).toBe('holiday');
    expect(dayKind('2026-12-31', special, week)).toBe('partial-holiday');
    expect(dayKind('2026-09-26', special, week)).toBe('make-up');
    expect(dayKind('2026-10-05', special, week)).toBe('working');
    expect(dayKind('2026-10-10', special, week)).toBe('rest');
  });

  it('compares the special days before and after an import by date', () => {
    const a = { date: '2026-10-01', type: 'HOLIDAY' as const, name: 'National Day', hours: [] };
    const b = { date: '2026-10-02', type: 'HOLIDAY' as const, name: 'National Day', hours: [] };
    const changes = dayChanges([a, b], [{ ...a, name: '国庆节' }, { date: '2026-09-27', type: 'MAKE_UP_DAY', name: '补班', hours: [] }]);
    expect(changes.added.map((d) => d.date)).toEqual(['2026-09-27']);
    expect(changes.changed.map((c) => [c.before.name, c.after.name])).toEqual([['National Day', '国庆节']]);
    expect(changes.removed.map((d) => d.date)).toEqual(['2026-10-02']);
  });
});
