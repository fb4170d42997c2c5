import { describe, expect, it } from 'vitest';
import { matchSearch } from './matchSearch.ts';

describe('matchSearch', () => {
  it('matches a quoted phrase word by word, whatever separates the words in the text', () => {
    const match = matchSearch('"ada.lovelace@example.com"');
    expect(match('ada.lovelace@example.com')).toBe(true);
    expect(match('id1 ada.lovelace@example.com Ada')).toBe(true);
    expect(match('ada.lovelace@example.org')).toBe(false);
    // Whole words only, like a fulltext index.
    expect(matchSearch('"love"')('ada.lovelace@example.com')).toBe(false);
  });

  it('matches any word, the last one as a prefix', () => {
    expect(matchSearch('count lov')('Ada Lovelace')).toBe(true);
    expect(matchSearch('babbage')('Ada Lovelace')).toBe(false);
  });
});
