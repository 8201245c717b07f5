import type { Schemas } from '../api/client';

export type Hours = Schemas['Hours'];
export type SpecialDay = Schemas['Day'];
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = typeof WEEKDAYS[number];

/** "09:00-12:00, 13:30-18:00" as the API's intervals; a piece that is not "a-b" goes as typed, for the server to name. */
export function parseHours(text: string | undefined): Hours[] {
  return (text ?? '').split(/[,，;；\s]+/).filter(Boolean).map((piece) => {
    const [start, end] = piece.split(/[-–—~～]/);
    return { start: start ?? piece, end: end ?? '' };
  });
}

export function formatHours(hours: Hours[] | undefined): string {
  return (hours ?? []).map((h) => `${h.start}-${h.end}`).join(', ');
}

/** ISO date of a local calendar date (no time zone games: these are the tenant's dates). */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The weeks of a month, Monday first, as ISO dates (null outside the month). */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(isoDate(year, month, d));
  while (cells.length % 7) cells.push(null);
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number);
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
}

export type DayKind = 'holiday' | 'partial-holiday' | 'make-up' | 'working' | 'rest';

/** What a date is under a calendar: a listed special day, or the weekly hours' working day or rest day. */
export function dayKind(date: string, special: Map<string, SpecialDay>, week: Record<string, Hours[]>): DayKind {
  const listed = special.get(date);
  if (listed) {
    if (listed.type === 'MAKE_UP_DAY') return 'make-up';
    return listed.hours.length ? 'partial-holiday' : 'holiday';
  }
  return (week[weekdayOf(date)] ?? []).length ? 'working' : 'rest';
}

export interface DayChanges {
  added: SpecialDay[];
  changed: { before: SpecialDay; after: SpecialDay }[];
  removed: SpecialDay[];
}

/** What an import would change: the special days before and after, compared by date. */
export function dayChanges(before: SpecialDay[], after: SpecialDay[]): DayChanges {
  const old = new Map(before.map((d) => [d.date, d]));
  const fresh = new Map(after.map((d) => [d.date, d]));
  const same = (a: SpecialDay, b: SpecialDay) => a.type === b.type && a.name === b.name
    && formatHours(a.hours) === formatHours(b.hours);
  return {
    added: after.filter((d) => !old.has(d.date)),
    changed: after.filter((d) => old.has(d.date) && !same(old.get(d.date)!, d)).map((d) => ({ before: old.get(d.date)!, after: d })),
    removed: before.filter((d) => !fresh.has(d.date)),
  };
}
