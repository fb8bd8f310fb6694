import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { splitPartFigures } from './part-figures.ts';

const row = (n: number, cells: readonly string[]) => ({ row: n, cells });
const read = (lines: readonly string[]) =>
  importReportTable(readTsv('kenko-h27.tsv', lines.join('\n')));

describe('a KPI measured for each of its parts in one cell (「(全体/男性/女性)」 over 「87.3/127.1/48.1」)', () => {
  it('splits the KPI’s lines into a KPI per part, each cell its part’s figure', () => {
    const turned = splitPartFigures([
      row(1, ['指標', '区分', 'H26', 'H27']),
      row(2, ['A', '死亡率 (全体/男性/女性)', '実績値', '87.3/127.1/48.1', '79.4/99.7/58.7']),
      row(3, ['', '', '目標値', '70/91.9/48.7', '69.2/90.6/48.3']),
      row(4, ['B', '受診率', '実績値', '35.7', '38.0']),
    ]);
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['指標', '区分', 'H26', 'H27'],
      ['A', '死亡率 (全体/男性/女性) 全体', '実績値', '87.3', '79.4'],
      ['', '', '目標値', '70', '69.2'],
      ['', '死亡率 (全体/男性/女性) 男性', '実績値', '127.1', '99.7'],
      ['', '', '目標値', '91.9', '90.6'],
      ['', '死亡率 (全体/男性/女性) 女性', '実績値', '48.1', '58.7'],
      ['', '', '目標値', '48.7', '48.3'],
      ['B', '受診率', '実績値', '35.7', '38.0'],
    ]);
    // Each cell is traced to the one printed, the whole of it kept for a cell left unplaced.
    expect(turned?.origin(6, 4)).toEqual({ row: 2, column: 4 });
    expect(turned?.printed?.(6, 4)).toBe('87.3/127.1/48.1');
    expect(turned?.origin(8, 1)).toEqual({ row: 4, column: 1 });
  });

  it('leaves a fraction, a name with no parts, or a count of figures unlike the parts as it is', () => {
    expect(splitPartFigures([row(1, ['件数', '3/5', '4/5'])])).toBeNull();
    expect(splitPartFigures([row(1, ['件数 (A/B)', '3', '4'])])).toBeNull();
    expect(splitPartFigures([row(1, ['死亡率 (男性/女性)', '87.3/127.1/48.1'])])).toBeNull();
    expect(splitPartFigures([row(1, ['価格 (円/kg)', '250/100'])])).toBeNull();
    // A part over the whole it is counted against is one figure out of another.
    expect(splitPartFigures([row(1, ['実施校数 (実施/全校)', '7/11', '9/11'])])).toBeNull();
    expect(splitPartFigures([row(1, ['件数 (実績/計画)', '3/5', '4/5'])])).toBeNull();
  });

  it('reads each part as a KPI of its own, its direction its own targets’', () => {
    const report = read([
      '指標\t\t区分\t平成26年度\t平成27年度',
      'A\tごみ排出量 (事業系/生活系)\t実績値\t262/637\t182/699',
      '\t\t目標値\t250/603\t250/592',
      'B\t資源化率\t実績値\t59.3\t56.9',
      '\t\t目標値\t61.5\t62.0',
    ]);
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.actuals.map((a) => a.figure.value)])).toEqual(
      [
        ['ごみ排出量 (事業系/生活系) 事業系', ['262', '182']],
        ['ごみ排出量 (事業系/生活系) 生活系', ['637', '699']],
        ['資源化率', ['59.3', '56.9']],
      ],
    );
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['decrease', 'decrease', 'increase']);
    expect(report.unplaced).toEqual([]);
  });
});
