import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import type { Column } from './header-map.ts';
import { withUnitColumns } from './unit-column.ts';

const columns = (...labels: string[]): Column[] =>
  labels.map((label, index) => ({ index, label, block: '', unit: null, ...classifyHeader(label) }));
const sample = (...rows: string[][]) => rows.map((cells, i) => ({ row: i + 2, cells }));

describe('a column with no header whose cells are units', () => {
  it('is the units’ column (施策マネジメントシート: %, g beside each 成果指標)', () => {
    const read = withUnitColumns(
      columns('', '', '実績値 H26'),
      sample(['リサイクル率', '%', '56.9'], ['ごみ排出量', 'g', '699'], ['割合', '%', '11.5']),
    );
    expect(read.map((c) => c.role.kind)).toEqual(['other', 'unit', 'actual']);
    expect(read[1]?.because).toBe('no header, but its cells are units');
  });

  it('is not one when a cell is a figure or a word, or when only one cell is filled', () => {
    const kinds = (...rows: string[][]) =>
      withUnitColumns(columns('指標', '', '実績値'), sample(...rows)).map((c) => c.role.kind);
    expect(kinds(['a', '%', '1'], ['b', '12', '2'])).toEqual(['kpi', 'other', 'actual']);
    expect(kinds(['a', '%', '1'], ['b', '市民課', '2'])).toEqual(['kpi', 'other', 'actual']);
    expect(kinds(['a', '%', '1'], ['b', '', '2'])).toEqual(['kpi', 'other', 'actual']);
  });

  it('leaves a column with a header to its words', () => {
    const read = withUnitColumns(
      columns('指標', '備考', '実績値'),
      sample(['a', '%', '1'], ['b', 'g', '2']),
    );
    expect(read[1]?.role.kind).toBe('narrative');
  });
});

describe('a column headed by a word of 単位 no rule knows (市川市 「原単位」)', () => {
  it('is the units’ column when its cells are units per what they count (MJ/世帯, 千㎡, g/人・日)', () => {
    const read = withUnitColumns(
      columns('', '原単位', 'H18 年度 基準年度'),
      sample(
        ['民生家庭', 'MJ/世帯', '32,691'],
        ['民生業務', 'MJ/千㎡', '2,329'],
        ['廃棄物', 'g/人・日', '1,000'],
        ['産業', 'GJ/百万円', '48*'],
      ),
    );
    expect(read.map((c) => c.role.kind)).toEqual(['other', 'unit', 'baseline']);
    expect(read[1]?.because).toBe('the word "単位" and its cells are units');
  });
});
