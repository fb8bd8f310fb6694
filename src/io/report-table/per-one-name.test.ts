import { describe, expect, it } from 'vitest';
import { isPerOneName } from './per-one-name.ts';

describe('a quantity per one of something as a line label', () => {
  it('reads the names a ごみ table measures per person or per office as labels', () => {
    for (const label of [
      '1事業所当たりの排出量',
      '1人当たりの排出量',
      '1人1日あたりのごみ排出量',
      '１人１日当たり排出量',
      '1世帯当り使用水量',
    ])
      expect(isPerOneName(label)).toBe(true);
  });
  it('leaves figures with their units alone, per-unit ones too', () => {
    for (const figure of ['1.0t/事業所', '1事業所', '1人', '12人当たり', '238.3kg/人', '1,200円'])
      expect(isPerOneName(figure)).toBe(false);
  });
});
