import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { readNameGoalLines } from './name-goal-lines.ts';

// A made-up 住生活基本計画's indicators, laid out as 佐賀市 住宅マスタープラン prints them.
const lines = [
  '●総合的な指標',
  '○ まちに住み続けたいと思う市民の割合',
  '現状 70.2%(平成 27 年度) ⇒ 目標 75.0%(平成 37 年度)\t※市民意識調査',
  '【重点施策1】\t○ 安全な住まいづくり\t○ 空き家の活用',
  '成果指標1\t○ 耐震化された住宅の割合',
  '現状 80.1%(平成 25 年) ⇒ 目標 95.0%(平成 37 年)\t参考値:国の目標値 95%(平成 32 年)',
];
const read = (text: string[]) => importReportTable(readTsv('jutaku-h27.tsv', text.join('\n')));

describe('indicators as a name line over a line of 「現状 X(年) ⇒ 目標 Y(年)」 (住生活基本計画 成果指標)', () => {
  it('reads each pair of lines as a KPI of the plan with its baseline and target, every cell placed', () => {
    const report = read(lines);
    expect(report.unplaced).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      'まちに住み続けたいと思う市民の割合',
      '耐震化された住宅の割合',
    ]);
    const quake = report.kpis[1]?.kpi;
    expect(quake?.baseline?.value).toBe('80.1');
    expect(quake?.target).toMatchObject({ kind: 'value', value: '95.0' });
  });

  it('takes a line marked ○ for a heading, not a KPI, when no figure line follows it', () => {
    const titles = read(lines).kpis.map((k) => k.kpi.title);
    expect(titles).not.toContain('安全な住まいづくり');
    expect(titles).not.toContain('空き家の活用');
  });

  it('reads nothing so with one pair of lines only', () => {
    const grid = readTsv('jutaku-h27.tsv', lines.slice(0, 3).join('\n'));
    expect(readNameGoalLines(grid.rows)).toBeNull();
  });
});
