import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { sameHeaderButLabel } from './renamed-header.ts';

describe('a header printed again over a later block, its label column renamed (三重県 基本事業)', () => {
  it('is the same header when every other cell is alike', () => {
    const first = ['数値目標の指標名', '区分', '2001', '2002'];
    expect(sameHeaderButLabel(['マネジメント参考指標', '区分', '2001', '2002'], first)).toBe(true);
    expect(sameHeaderButLabel(['マネジメント参考指標', '区分', '2001', '2003'], first)).toBe(false);
    expect(sameHeaderButLabel(['', '区分', '2001', '2002'], first)).toBe(false);
  });

  it('lets two blocks under their headings be read as one table, each KPI’s 目標 / 実績 lines joined', () => {
    const table = [
      '基本事業の数値目標',
      '数値目標の指標名\t区分\t2001\t2002\t2003',
      '生活排水処理率 (%)\t目標\t55\t60\t62',
      '\t実績\t57.2\t60\t',
      'マネジメント参考指標',
      'マネジメント参考指標\t区分\t2001\t2002\t2003',
      '合併処理浄化槽設置補助基数 (基)\t目標\t\t4850\t4900',
      '\t実績\t4840\t5060\t',
    ];
    const report = importReportTable(readTsv('mie.tsv', table.join('\n')));
    expect(report.unplaced).toEqual([]);
    expect(report.fiscalYear).toBe(2002);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '生活排水処理率 (%)',
      '合併処理浄化槽設置補助基数 (基)',
    ]);
    expect(report.kpis[1]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2001, '4840'],
      [2002, '5060'],
    ]);
  });
});
