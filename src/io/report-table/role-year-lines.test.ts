import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { readRoleYearLines } from './role-year-lines.ts';

const table = (lines: string[]) => readTsv('lines.tsv', lines.join('\n'));
const grid = (lines: string[]) => table(lines).rows;

/** Two indicators as lines of one column, a comment beside the first one's lines. */
const LINES = [
  '分野\t指標 (基準値)(現状値)(目標値)\tコメント',
  '子育て\t保育所の定員\t概ね順調',
  '\tH26年度 1,000人(基準値)\t定員は増えた',
  '\tH27年度 1,100人',
  '\tH28年度 1,200人(現状値)',
  '\tH30年度 1,500人(目標値)',
  '\t【H28評価「B」】',
  '\t公園の数',
  '\tH25年 10箇所(基準値)',
  '\tH27年 11箇所',
  '\tH28年 12箇所',
];

describe('indicators printed as lines of one column, each year’s figure with its role in brackets', () => {
  it('makes each indicator a row: the baseline, the actuals by year, the target and the grade', () => {
    const report = importReportTable(table(LINES));
    const kpis = report.kpis.map(({ kpi }) => ({
      title: kpi.title,
      baseline: kpi.baseline,
      actuals: kpi.actuals.map((a) => [a.fiscalYear, a.figure.value]),
      target: kpi.target?.value ?? null,
    }));
    expect(kpis).toEqual([
      {
        title: '保育所の定員',
        baseline: { value: '1000', fiscalYear: 2014 },
        actuals: [
          [2015, '1100'],
          [2016, '1200'],
        ],
        target: '1500',
      },
      {
        title: '公園の数',
        baseline: { value: '10', fiscalYear: 2013 },
        actuals: [
          [2015, '11'],
          [2016, '12'],
        ],
        target: null,
      },
    ]);
    expect(report.kpis[0]?.printedGrade).toBe('B');
    // The comment lines beside the first indicator's lines are its narrative, none left out.
    expect(report.kpis[0]?.kpi.narratives.map((n) => n.text)).toEqual(['概ね順調\n定員は増えた']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    // (1,200 − 1,000) ÷ (1,500 − 1,000) or 1,200 ÷ 1,500: no printed rate to choose by.
    expect(checkReport(report).kpis[0]?.computed).toBe('80%');
  });

  it('reads a list of years with no role as it is, and a name with one year line under it is no indicator', () => {
    const bare = LINES.map((l) => l.replace(/\((基準値|現状値|目標値)\)/, ''));
    expect(readRoleYearLines(grid(bare))).toBeNull();
    const single = LINES.filter((l) => !/H2[67]年度 1,1|H27年 11/.test(l)).slice(0, 4);
    expect(readRoleYearLines(grid(single))).toBeNull();
  });

  it('leaves a table whose column holds other text among the year lines alone', () => {
    const mixed = [...LINES.slice(0, 4), '\t※定員は4月1日現在', '\t(H30年度 1,500人(目標値)'];
    expect(readRoleYearLines(grid(mixed))).toBeNull();
  });
});
