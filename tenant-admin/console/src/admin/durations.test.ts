import { describe, expect, it } from 'vitest';
import { fromHours, toHours } from './durations';

describe('durations', () => {
  it('reads the API’s ISO-8601 durations as hours', () => {
    expect(toHours('PT2H')).toBe(2);
    expect(toHours('PT2H30M')).toBe(2.5);
    expect(toHours('PT45M')).toBe(0.75);
    expect(toHours('P1DT4H')).toBe(28);
    expect(toHours('nonsense')).toBe(0);
  });

  it('writes hours back as the API reads them', () => {
    expect(fromHours(2)).toBe('PT2H');
    expect(fromHours(2.5)).toBe('PT2H30M');
    expect(fromHours(0.75)).toBe('PT45M');
    expect(fromHours(0)).toBe('PT0M');
  });
});
