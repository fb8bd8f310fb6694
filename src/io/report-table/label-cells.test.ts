import { describe, expect, it } from 'vitest';
import { continuationLabel, parseKpiLabel } from './label-cells.ts';

describe('a KPI cell', () => {
  it('江田島市: a known unit in brackets at the end of the name is the unit; the name stays as printed', () => {
    expect(parseKpiLabel('有害鳥獣による農作物年間被害額(千円)')).toMatchObject({
      title: '有害鳥獣による農作物年間被害額(千円)',
      unit: '千円',
    });
    expect(parseKpiLabel('オリーブ栽培の面積(ha)').unit).toBe('ha');
  });

  it('a bracket that is no unit is not one', () => {
    expect(parseKpiLabel('行政改革の推進(108項目)').unit).toBeNull();
    expect(parseKpiLabel('① ★ 参加者数').unit).toBeNull();
  });
});

describe('continuationLabel: labels in half-width kana or combining marks (the quick test of the last character)', () => {
  it('reads them as NFKC does', () => {
    expect(continuationLabel('ｼﾞｮｳﾎｳｾﾝﾀｰ')).toBe('department');
    expect(continuationLabel('企画ｸﾞﾙｰﾌﾟ')).toBe('department');
    expect(continuationLabel('企画グルーフ\u309a')).toBe('department');
    expect(continuationLabel('累 計')).toBe('cumulative');
    expect(continuationLabel('21 ★ 指標21の件数')).toBeNull();
  });
});
