import { describe, expect, it } from 'vitest';
import { viewQuery } from './SavedViews';

describe('viewQuery', () => {
  it("keeps the list's filter and sort, in a stable order, and nothing else", () => {
    const params = new URLSearchParams('page=3&sort=nextDue&status=ASSIGNED&queue=&status=IN_PROGRESS&foo=1&category=OTHER');
    expect(viewQuery(params)).toBe('queue=&status=ASSIGNED&status=IN_PROGRESS&category=OTHER&sort=nextDue');
  });
});
