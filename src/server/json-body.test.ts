import { describe, expect, it } from 'vitest';
import { nestingPasses } from './json-body.ts';

describe('JSON nesting', () => {
  it('counts arrays and objects, and passes the limit only beyond it', () => {
    expect(nestingPasses('[[{"a":[1]}]]', 4)).toBe(false);
    expect(nestingPasses('[[{"a":[[1]]}]]', 4)).toBe(true);
  });

  it('skips brackets inside strings, escaped quotes included', () => {
    expect(nestingPasses('{"a":"[[[[[[\\"[[[[[["}', 1)).toBe(false);
    expect(nestingPasses('["\\\\", [[]]]', 2)).toBe(true);
  });
});
