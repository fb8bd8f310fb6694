import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import type { GridRow } from '../grid.ts';
import { breakdownGroups } from './breakdown-lines.ts';
import { importReportTable } from './import-report-table.ts';

const line = (row: number, ...cells: string[]): GridRow => ({ row, cells });
const isLabel = (cell: string) => cell.trim() !== '' && !/\d/.test(cell);

/** 佐賀中部広域連合 介護保険事業計画の評価, ステップ1:認定率の比較. */
const SAGA = [
  'ステップ1:認定率の比較',
  '(%)',
  '\t\t計画値\t実績値\t差異\t差異について考えられる要因やその確認方法',
  '要介護認定率\t\t20.1%\t19.1%\t1.0%\t第8期計画策定時は認定者が今後とも当時の伸び率で伸びていく想定をしていたが、実際は後期高齢者の認定率の伸びが鈍化した。',
  '年齢階級\t前期高齢者\t4.0%\t4.0%\t0.0%\t',
  '\t後期高齢者\t34.6%\t33.1%\t1.5%\t',
];

describe('lines of the first column broken down in a second column no header names', () => {
  it('groups a line alone and a label over two lines, each of the second labelled', () => {
    const groups = breakdownGroups(
      [
        line(1, '要介護認定率', '', '20.1%'),
        line(2, '年齢階級', '前期高齢者', '4.0%'),
        line(3, '', '後期高齢者', '34.6%'),
      ],
      isLabel,
    );
    expect(groups?.map((g) => g.map((l) => l.row))).toEqual([[1], [2, 3]]);
  });

  it('is no breakdown when no label spans two lines, or a line of the second column stands alone', () => {
    expect(breakdownGroups([line(1, 'A', '', '1'), line(2, 'B', '', '2')], isLabel)).toBeNull();
    expect(breakdownGroups([line(1, '', 'x', '1'), line(2, 'B', 'y', '2')], isLabel)).toBeNull();
    // Groups of labelled lines alone, their labels not repeated: not known to be a breakdown.
    expect(
      breakdownGroups(
        [
          line(1, 'A', 'x', '1'),
          line(2, '', 'y', '2'),
          line(3, 'B', 'z', '3'),
          line(4, '', 'w', '4'),
        ],
        isLabel,
      ),
    ).toBeNull();
  });

  it('reads each line as a KPI named by its group and label, the 差異 (plan less result) checked, the sentence narrative', () => {
    const report = importReportTable(readTsv('sagachubu-kaigo-r4.tsv', SAGA.join('\n')));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '要介護認定率',
      '年齢階級 前期高齢者',
      '年齢階級 後期高齢者',
    ]);
    expect(report.kpis[2]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['33.1']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});
