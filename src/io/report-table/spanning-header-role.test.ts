import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { findHeader } from './header-map.ts';
import { spannedRole } from './spanning-header-role.ts';

const grid = (...lines: string[][]): GridRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('a column under a spanning header naming a kind of figure (木島平村 執行状況報告書)', () => {
  it('is read by its own words, an actual under the year before the plan the baseline', () => {
    const rows = grid(
      [
        '項目',
        '計画最終年度(又は改善額合計)',
        '',
        '',
        '計画前年度実績(又は補償金免除額)',
        '',
        '類型',
      ],
      ['', '目標値', '実績見込値', '乖離値', '実績値', '乖離値', ''],
      ['③ 職員数', '2.0', '2.0', '0.0', '2.0', '0.0', 'a'],
    );
    const kinds = findHeader(rows)?.header.columns.map((c) => c.role.kind);
    expect(kinds).toEqual(['kpi', 'target', 'actual', 'other', 'baseline', 'difference', 'other']);
  });

  it('does not read a column’s own top cell over a second line of its values as spanning (栃木県)', () => {
    const rows = grid(
      ['施策項目', '設定時の値 (年度)', '現況値 (年度)', '年度目標値'],
      ['指標項目', 'H22の目標値', '', ''],
      ['大気環境基準達成率【%】', '93.8 (H16)', '100 (H17)', '95.0'],
    );
    expect(findHeader(rows)?.header.columns[1]?.role.kind).toBe('baseline');
  });

  it('leaves a column with no words of its own, or under a header of no figure, to the joined words', () => {
    expect(spannedRole('計画前年度実績', '計画前年度実績', {})).toBeNull();
    expect(spannedRole('年度別達成状況 計画', '年度別達成状況', {})).toBeNull();
    expect(spannedRole('実績 備品', '実績', {})).toBeNull();
  });
});

describe('a year alone under a spanning header (介護保険事業計画 第8期計画値 over R3 | R4 | R5)', () => {
  it('is the spanning header’s year: its words decide', () => {
    expect(spannedRole('第8期計画値 R3', '第8期計画値', {})).toBeNull();
  });
});

describe('a column under a spanning header naming the indicators (地方創生 KPI form, 石巻市)', () => {
  it('is read by its own word where it names another part of the indicator (単位 the unit)', () => {
    expect(spannedRole('この事業の成果指標 単位', 'この事業の成果指標', {})?.role.kind).toBe(
      'unit',
    );
  });

  it('leaves the indicator named again, or no word of its own, to the joined words', () => {
    expect(spannedRole('この事業の成果指標 指標', 'この事業の成果指標', {})).toBeNull();
    expect(spannedRole('この事業の成果指標', 'この事業の成果指標', {})).toBeNull();
  });
});
