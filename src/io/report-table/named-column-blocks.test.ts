import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { splitNamedColumnBlocks } from './named-column-blocks.ts';

const grid = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));

const twoBlocks = [
  '令和4年度 子ども・子育て支援事業計画 進捗状況',
  '地区\t①保育所定員\t\t\t②放課後児童クラブ定員\t\t',
  '\t計画\t実績\t達成率\t計画\t実績\t達成率',
  '北地区\t320\t305\t95.3%\t180\t172\t95.6%',
  '南地区\t410\t418\t102.0%\t220\t201\t91.4%',
];

describe('blocks of the same columns side by side, each named on the line above the header', () => {
  it('reads each block as the KPIs of its name, a row per 地区, every rate its own block’s', () => {
    const report = importReportTable(grid(twoBlocks));
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.target?.value, k.row])).toEqual([
      ['北地区', '320', 4],
      ['南地区', '410', 5],
      ['北地区', '180', 4],
      ['南地区', '220', 5],
    ]);
    expect(report.plan.policies[0]?.themes.map((t) => t.name)).toEqual([
      '保育所定員',
      '放課後児童クラブ定員',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 4, printed: 4, matched: 4 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('leaves years over their kinds, and blocks whose words differ, to the other readings', () => {
    const years = [
      '目標指標\t平成30年度\t\t\t平成32年度',
      '\t計画値\t実績値\t達成率\t目標値',
      '不登校児童生徒数(人)\t95\t88\t108.0%\t80',
      '学校図書館の年間貸出冊数(冊/人)\t45\t47\t104.4%\t50',
    ];
    expect(splitNamedColumnBlocks(grid(years).rows)).toBeNull();
    const unlike = twoBlocks.map((line) => line.replace(/\t達成率$/, '\t進捗率'));
    expect(splitNamedColumnBlocks(grid(unlike).rows)).toBeNull();
  });
});
