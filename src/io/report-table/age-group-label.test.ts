import { describe, expect, it } from 'vitest';
import { isAgeGroupLabel } from './age-group-label.ts';

describe('an age group as a line label', () => {
  it('reads the groups a 食育 or 健康増進 table measures in as labels', () => {
    for (const label of [
      '20 代男性',
      '20歳代女性',
      '30代',
      '65歳以上',
      '40～64歳',
      '18歳以上',
      '２０代女性',
    ])
      expect(isAgeGroupLabel(label)).toBe(true);
  });
  it('leaves figures with their units alone', () => {
    for (const figure of ['20人', '65.3%', '156回', '20 件', '1,200歳', '20代目標'])
      expect(isAgeGroupLabel(figure)).toBe(false);
  });
});
