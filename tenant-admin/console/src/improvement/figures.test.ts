import { describe, expect, it } from 'vitest';
import { figure } from './figures';

describe('scorecard figures', () => {
  it('shows shares as percentages, means with one decimal, and nothing measured as a dash', () => {
    expect(figure(0.857, 'share')).toBe('86%');
    expect(figure(4.25, 'mean')).toBe('4.3');
    expect(figure(0, 'share')).toBe('0%');
    expect(figure(null, 'share')).toBe('–');
    expect(figure(undefined, 'mean')).toBe('–');
  });
});
