import { describe, expect, it } from 'vitest';
import {
  classifyHeader,
  columnLetterMark,
  differenceLetters,
  statedUnit,
  statedUnits,
} from './column-role.ts';

describe('column roles of plan-versus-actual tables (三田市)', () => {
  it('reads the letter a column is named by, bracketed or bare after Japanese words', () => {
    expect(columnLetterMark('達成件数(b)')).toBe('b');
    expect(columnLetterMark('計画額a')).toBe('a');
    expect(columnLetterMark('決算額b')).toBe('b');
    expect(columnLetterMark('KPI')).toBeNull();
    expect(columnLetterMark('差b-a')).toBeNull();
  });

  it('reads 計画額 as a target and 差b-a as a difference with its letters', () => {
    expect(classifyHeader('計画額a').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('差b-a').role).toEqual({ kind: 'difference', order: 'either' });
    expect(differenceLetters('差b-a')).toEqual({ from: 'b', less: 'a' });
    expect(differenceLetters('差引 (A)-(B)')).toEqual({ from: 'a', less: 'b' });
    expect(differenceLetters('差')).toBeNull();
  });

  it('keeps a plan made at the baseline a baseline, and a 差 rate a rate', () => {
    expect(classifyHeader('計画策定時').role.kind).toBe('baseline');
    expect(classifyHeader('達成率 (金額ベース) b/a*100').role).toEqual({
      kind: 'rate',
      formula: { numerator: 'b', denominator: 'a' },
    });
  });
});

describe('units a title line states per kind of figure (富士市)', () => {
  it('reads word:unit pairs after 単位, and none from a single unit', () => {
    expect(statedUnits('単位…事業数:件 事業費:千円')).toEqual([
      { word: '事業数', unit: '件' },
      { word: '事業費', unit: '千円' },
    ]);
    expect(statedUnits('(単位:百万円)')).toEqual([]);
    expect(statedUnit('(単位:百万円)')).toBe('百万円');
  });
});
