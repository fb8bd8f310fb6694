import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter } from './forbidden-character.ts';

describe('findForbiddenCharacter', () => {
  it('passes Japanese text, emoji (a surrogate pair) and control characters PostgreSQL stores', () => {
    for (const text of ['職員研修の実施回数', '😀 達成', 'tab\there\nline', '']) {
      expect(findForbiddenCharacter(text)).toBeUndefined();
    }
  });
  it('finds a NUL anywhere, not only at the start', () => {
    const text = `${'x'.repeat(5000)}\u0000`;
    expect(findForbiddenCharacter(text)).toEqual({
      index: 5000,
      description: 'a NUL character (U+0000)',
    });
  });
  it('finds a lone high or low surrogate, the first one', () => {
    expect(findForbiddenCharacter('a\ud83d')).toEqual({
      index: 1,
      description: 'a lone surrogate (U+D83D)',
    });
    expect(findForbiddenCharacter('😀\udc00\u0000')?.index).toBe(2);
  });
});
