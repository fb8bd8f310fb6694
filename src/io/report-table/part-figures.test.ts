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

describe('a KPI whose figure cells each name its parts (特定事業主行動計画 「男性13%以上、女性100%」)', () => {
  const HEADER = '目標項目\t数値目標\t最新値\t目標設定時最新値\t取組内容';
  it('reads a KPI per part, named under the header’s KPI column, each cell its part’s figure', () => {
    const report = read([
      HEADER,
      '育児休業の取得率\t男性13%以上、女性100%\t男性7.7%、女性100%\t男性2.9% 女性95%\t個別周知',
      '時間外勤務時間数\t120時間\t151.0時間\t129.2時間\t一斉消灯',
    ]);
    expect(
      report.kpis.map((k) => [
        k.kpi.title,
        k.kpi.baseline?.value,
        k.kpi.actuals.map((a) => a.figure.value),
        k.kpi.target?.value,
      ]),
    ).toEqual([
      ['育児休業の取得率 男性', '2.9', ['7.7'], '13'],
      ['育児休業の取得率 女性', '95', ['100'], '100'],
      ['時間外勤務時間数', '129.2', ['151.0'], '120'],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('splits no row where a figure names no part, or the cells name other parts', () => {
    // 佐賀市 「6%」 beside 「男性22.7% 女性100%」: whose it is, no cell says.
    const bare = [HEADER, '育児休業の取得率\t男性10%以上 女性100%\t男性22.7% 女性100%\t6%\t周知'];
    expect(splitPartFigures(bare.map((l, i) => row(i + 1, l.split('\t'))))).toBeNull();
    const other = [HEADER, '取得率\t男性10% 女性100%\t男性22.7% 全体80%\t\t周知'];
    expect(splitPartFigures(other.map((l, i) => row(i + 1, l.split('\t'))))).toBeNull();
    // With no header naming the KPIs above, no name to give the parts.
    expect(
      splitPartFigures([row(1, ['取得率', '男性10% 女性100%', '男性22.7% 女性100%'])]),
    ).toBeNull();
  });
});
