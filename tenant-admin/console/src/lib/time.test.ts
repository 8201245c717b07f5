import { describe, expect, it } from 'vitest';
import { countdown, formatInstant, shortDuration } from './time';

describe('formatInstant', () => {
  it("shows an instant in the tenant's zone", () => {
    expect(formatInstant('2026-12-01T16:30:00Z', 'Asia/Shanghai', 'en')).toBe('02/12/2026, 00:30');
    expect(formatInstant('2026-12-01T16:30:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026/12/02 00:30');
    expect(formatInstant(null, 'UTC', 'en')).toBe('');
  });
});

describe('countdown', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');

  it('counts down to a due time', () => {
    const c = countdown('2026-12-03T03:05:00Z', now);
    expect(c).toEqual({ overdue: false, days: 2, hours: 3, minutes: 5 });
    expect(shortDuration(c, 'en')).toBe('2d 3h');
    expect(shortDuration(c, 'zh-CN')).toBe('2天3小时');
  });

  it('counts up past it', () => {
    const c = countdown('2026-11-30T23:48:00Z', now);
    expect(c).toEqual({ overdue: true, days: 0, hours: 0, minutes: 12 });
    expect(shortDuration(c, 'en')).toBe('12m');
    expect(shortDuration(countdown('2026-12-01T03:05:00Z', now), 'zh-CN')).toBe('3小时5分');
  });
});
