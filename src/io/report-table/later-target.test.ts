import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { emptyDraft, yearFigure } from './kpi-draft.ts';
import { laterTargetMiss, placeLaterTarget } from './later-target.ts';

const plan = (value: string) => ({
  value: decimal(value),
  secondary: null,
  mark: null,
  estimate: false,
});
const [h25, h26] = [fiscalYear(2013), fiscalYear(2014)];

describe('a goal’s second line as the plans of the years it names (兵庫県 「20,000頭/ 年 | H25 H26」)', () => {
  it('gives each year its plan once, in the years’ order, agreeing with a 26年度 目標 already read', () => {
    const draft = emptyDraft('1', 7, 1);
    draft.unit = '頭/年';
    draft.milestones.push(yearFigure(h26, plan('20000')));
    expect(laterTargetMiss(draft, '20,000頭/ 年', [h25, h26])).toBeNull();
    placeLaterTarget(draft, '20,000頭/ 年', [h25, h26], { row: 8, column: 2 });
    expect(draft.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2013, '20000'],
      [2014, '20000'],
    ]);
    expect(draft.valueUnits).toEqual([{ unit: '頭/年', row: 8, column: 2 }]);
  });

  it('is refused where a year already has another plan, or the target is no figure', () => {
    const draft = emptyDraft('1', 7, 1);
    draft.milestones.push(yearFigure(h26, plan('18000')));
    expect(laterTargetMiss(draft, '20,000頭', [h25, h26])).toContain('H26');
    expect(laterTargetMiss(draft, '未定', [h25])).toContain('no figure');
  });
});
