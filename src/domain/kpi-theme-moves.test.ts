import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from './grade-scale.ts';
import type { KpiThemeMove } from './kpi-theme-moves.ts';
import { placeOf, withThemesOfYear } from './kpi-theme-moves.ts';
import type { Plan } from './model.ts';
import { DEFAULT_RATE_PRECISION } from './rate-format.ts';
import { yuzawaKpi } from '../../test/support/yuzawa-kpis.ts';

const [R5, R6, R7, R8, R9] = [
  fiscalYear(2023),
  fiscalYear(2024),
  fiscalYear(2025),
  fiscalYear(2026),
  fiscalYear(2027),
];

const theme = (number: string, codes: string[]) => ({
  number,
  name: `テーマ${number}`,
  actionItems: [],
  kpis: codes.map((code) => yuzawaKpi({ code })),
});

/** The tree as stored now: ⑫ moved from theme 8 (after ⑪) to theme 9 (last) from R7. */
const now: Plan = {
  name: '計画',
  startYear: R5,
  endYear: R9,
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    { number: '3', name: '方針3', themes: [theme('8', ['⑩', '⑪', '⑬']), theme('9', ['⑭', '⑫'])] },
  ],
};

const tree = (plan: Plan) =>
  plan.policies.flatMap((p) =>
    p.themes.map((t) => `${t.number}:${t.kpis.map((k) => k.code).join('')}`),
  );

const move12: KpiThemeMove = {
  code: '⑫',
  fromYear: R7,
  policyBefore: '3',
  themeBefore: '8',
  afterBefore: '⑪',
};

describe('withThemesOfYear', () => {
  it('prints a KPI where it stood before the year its move takes effect', () => {
    expect(tree(withThemesOfYear(now, [move12], R5))).toEqual(['8:⑩⑪⑫⑬', '9:⑭']);
    expect(tree(withThemesOfYear(now, [move12], R6))).toEqual(['8:⑩⑪⑫⑬', '9:⑭']);
    expect(tree(withThemesOfYear(now, [move12], R7))).toEqual(['8:⑩⑪⑬', '9:⑭⑫']);
    expect(withThemesOfYear(now, [], R5)).toBe(now);
  });

  it('reads a KPI moved twice by the first move not yet in force', () => {
    const stored: Plan = {
      ...now,
      policies: [
        {
          ...now.policies[0]!,
          themes: [theme('8', ['⑩', '⑪', '⑬']), theme('9', ['⑭']), theme('10', ['⑫'])],
        },
      ],
    };
    const moves: KpiThemeMove[] = [
      { code: '⑫', fromYear: R9, policyBefore: '3', themeBefore: '9', afterBefore: '⑭' },
      move12,
    ];
    expect(tree(withThemesOfYear(stored, moves, R6))).toEqual(['8:⑩⑪⑫⑬', '9:⑭', '10:']);
    expect(tree(withThemesOfYear(stored, moves, R8))).toEqual(['8:⑩⑪⑬', '9:⑭⑫', '10:']);
    expect(tree(withThemesOfYear(stored, moves, R9))).toEqual(['8:⑩⑪⑬', '9:⑭', '10:⑫']);
  });

  it('puts back two KPIs that stood one after the other, and one whose neighbour is gone last', () => {
    const stored: Plan = {
      ...now,
      policies: [{ ...now.policies[0]!, themes: [theme('8', ['⑩']), theme('9', ['⑫', '⑪'])] }],
    };
    const moves: KpiThemeMove[] = [
      { code: '⑫', fromYear: R7, policyBefore: '3', themeBefore: '8', afterBefore: '⑪' },
      { code: '⑪', fromYear: R7, policyBefore: '3', themeBefore: '8', afterBefore: '⑩' },
    ];
    expect(tree(withThemesOfYear(stored, moves, R5))).toEqual(['8:⑩⑪⑫', '9:']);
    const gone = [{ ...move12, afterBefore: '⑳' }];
    expect(tree(withThemesOfYear(now, gone, R5))).toEqual(['8:⑩⑪⑬⑫', '9:⑭']);
  });

  it('leaves a KPI where it is when the theme it stood in is no longer in the tree', () => {
    expect(tree(withThemesOfYear(now, [{ ...move12, themeBefore: '99' }], R5))).toEqual([
      '8:⑩⑪⑬',
      '9:⑭⑫',
    ]);
  });
});

describe('placeOf', () => {
  it('names the theme and the KPI before, null for the first', () => {
    expect(placeOf(now, '⑫')).toEqual({ policyBefore: '3', themeBefore: '9', afterBefore: '⑭' });
    expect(placeOf(now, '⑩')).toEqual({ policyBefore: '3', themeBefore: '8', afterBefore: null });
    expect(placeOf(now, '⑳')).toBeUndefined();
  });
});
