import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enScreens } from './en-screens';
import { zhCN } from './zh-CN';
import { zhCNScreens } from './zh-CN-screens';

/** The texts by their dotted keys. */
function flatten(o: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' ? Object.entries(flatten(v, `${prefix}${k}.`)) : [[`${prefix}${k}`, v as string]]));
}

const english = flatten({ ...en, ...enScreens });
const chinese = flatten({ ...zhCN, ...zhCNScreens });

describe('messages', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it('has no empty text and the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(english)) {
      expect(text, key).not.toBe('');
      expect(chinese[key], key).not.toBe('');
      expect(placeholders(chinese[key]), key).toEqual(placeholders(text));
    }
  });

  it('says the Chinese in Chinese', () => {
    const same = Object.keys(english).filter((k) => english[k] === chinese[k] && english[k].length > 1);
    expect(same).toEqual([]);
  });

  it('keeps each namespace in one part, the first screens\' texts or the later ones', () => {
    expect(Object.keys(en).filter((k) => k in enScreens)).toEqual([]);
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zhCNScreens).sort()).toEqual(Object.keys(enScreens).sort());
  });
});
