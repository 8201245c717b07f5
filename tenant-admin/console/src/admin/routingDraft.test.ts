import { describe, expect, it } from 'vitest';
import { errorsByRule, move, newRule, toDraft, toRules } from './routingDraft';

describe('routing rules draft', () => {
  it('moves one rule, keeping the others in order', () => {
    expect(move(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(move(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(move(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('sends the rules without the editor keys and without empty optional fields', () => {
    const rule = { ...newRule('律师函', 'dept-1'), priority: '  ', targetUserId: '' };
    const [sent] = toRules([rule]);
    expect(sent).not.toHaveProperty('key');
    expect(sent.priority).toBeUndefined();
    expect(sent.targetUserId).toBeUndefined();
    expect(sent.id).toBeUndefined();
    const kept = toDraft([{ ...sent, id: 'r-1', priority: 'HIGH' }]);
    expect(kept[0].key).toBe('r-1');
    expect(toRules(kept)[0]).toMatchObject({ id: 'r-1', priority: 'HIGH' });
  });

  it('puts the server’s field errors on the rule they belong to', () => {
    const byRule = errorsByRule({ '[0].name': 'required', '[2].conditions[1].values': 'one to twenty values', rules: 'too many' });
    expect(byRule.get(0)).toEqual({ name: 'required' });
    expect(byRule.get(2)).toEqual({ 'conditions[1].values': 'one to twenty values' });
    expect(byRule.has(1)).toBe(false);
  });
});
