import { describe, expect, it } from 'vitest';
import { withDeadlineGoal } from './deadline-goal.ts';
import { emptyDraft } from './kpi-draft.ts';
import type { PrintedTarget } from './kpi-draft.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { parseDecimal } from '../../domain/decimal.ts';

const draftTitled = (title: string) => {
  const draft = emptyDraft('1', 9, 6);
  draft.title = title;
  return draft;
};

describe('a KPI name printed with its target and the year it is due', () => {
  it('is the title, the figure that year target (「…平成31年度まで10人」)', () => {
    const draft = draftTitled('奨励金対象の町内新規雇 用者 平成31年度まで10人');
    withDeadlineGoal(draft);
    expect(draft.title).toBe('奨励金対象の町内新規雇 用者');
    expect(draft.target).toEqual({
      kind: 'level',
      target: { kind: 'value', fiscalYear: 2019, value: '10' },
    });
    expect(draft.cellNotes).toEqual(['奨励金対象の町内新規雇 用者 平成31年度まで10人']);
  });

  it('leaves a target a column gave, and names with no figure after まで', () => {
    const given = draftTitled('移住相談件数 R6までに500件');
    const value = parseDecimal('450');
    if (value === undefined) throw new Error('450 is a decimal');
    const read: PrintedTarget = {
      kind: 'level',
      target: { kind: 'value', fiscalYear: fiscalYear(2024), value },
    };
    given.target = read;
    withDeadlineGoal(given);
    expect(given.title).toBe('移住相談件数');
    expect(given.target).toEqual(read);
    const words = draftTitled('平成31年度までの累計');
    withDeadlineGoal(words);
    expect(words.title).toBe('平成31年度までの累計');
    expect(words.target).toBeNull();
  });
});
