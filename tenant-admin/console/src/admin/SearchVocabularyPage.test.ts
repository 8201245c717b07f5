import { describe, expect, it } from 'vitest';
import { formField } from './SearchVocabularyPage';

describe('formField', () => {
  it('puts a synonym group error at the group and a word error at the words', () => {
    expect(formField('synonyms[2].terms[1]')).toEqual(['synonyms', 2, 'terms']);
    expect(formField('synonyms[0].language')).toEqual(['synonyms', 0, 'language']);
    expect(formField('words[3]')).toEqual(['words']);
    expect(formField('synonyms')).toEqual(['synonyms']);
  });
});
