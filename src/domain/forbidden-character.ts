/**
 * A character no text of Mieruka may hold, and where it is. PostgreSQL cannot store NUL in
 * text, and a lone UTF-16 surrogate is not a character at all (it cannot be written as UTF-8),
 * so both are refused at every boundary — files, snapshots, HTTP — on SQLite and PostgreSQL
 * alike, rather than stored by one database and refused by the other.
 */
export interface ForbiddenCharacter {
  /** 0-based index in the text, in UTF-16 code units. */
  readonly index: number;
  /** What it is, for a message: "a NUL character (U+0000)". */
  readonly description: string;
}

// NUL is the very character to find here.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** NUL or any surrogate, paired or not: a text with none has no forbidden character (most texts). */
// eslint-disable-next-line no-control-regex
const MAYBE_FORBIDDEN = /[\u0000\ud800-\udfff]/;

function codePoint(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first NUL or lone surrogate of a text, or undefined when it has none.
 * @example findForbiddenCharacter('ab\u0000c') // { index: 2, description: 'a NUL character (U+0000)' }
 */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  if (!MAYBE_FORBIDDEN.test(text)) return undefined;
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const unit = text.charCodeAt(match.index);
  return {
    index: match.index,
    description: unit === 0 ? 'a NUL character (U+0000)' : `a lone surrogate (${codePoint(unit)})`,
  };
}
