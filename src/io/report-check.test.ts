import { describe, expect, it } from 'vitest';
import { readTsv } from './read-delimited.ts';
import { checkReport } from './report-check.ts';
import { importReportTable } from './report-table/import-report-table.ts';

const HEADER = '指標\t基準値 (R1)\t実績値 (R5)\t目標値 (R8)\t達成率';

/** A table of the Yuzawa kind with the given rows under its header, checked. */
const checked = (...rows: string[]) =>
  checkReport(importReportTable(readTsv('t.tsv', [HEADER, ...rows].join('\n'))));

describe('check: each rate at its own printed precision, with the rounding that reproduces it', () => {
  it('computes a 100.6% printed among whole percents to one decimal, and a 100.7% does not match', () => {
    const rows = ['① 件数\t10\t503\t500\t101%', '② 人数\t10\t60\t120\t50%'];
    const result = checked(...rows, '③ 回数\t10\t503\t500\t100.6%');
    expect(result.kpis.map((k) => [k.printed, k.computed, k.match])).toEqual([
      ['101%', '101%', true],
      ['50%', '50%', true],
      ['100.6%', '100.6%', true],
    ]);
    const wrong = checked(...rows, '③ 回数\t10\t503\t500\t100.7%');
    expect(wrong.kpis[2]).toMatchObject({ printed: '100.7%', computed: '100.6%', match: false });
    expect(wrong.summary).toEqual({ kpis: 3, printed: 3, matched: 2 });
  });

  it('reproduces the rates of a table that cuts them off (切り捨て), 27.87% printed 27.8%, and says so per KPI', () => {
    const rows = ['① 件数\t0\t2787\t10000\t27.8%', '② 人数\t0\t2783\t10000\t27.8%'];
    const result = checked(...rows, '③ 回数\t0\t1999\t1000\t199.9%');
    expect(result.kpis.map((k) => [k.computed, k.match])).toEqual([
      ['27.8%', true],
      ['27.8%', true],
      ['199.9%', true],
    ]);
    expect(result.kpis[0]?.rule).toBe(
      "actual ÷ target (the report year's actual), cut off (切り捨て) to 1 decimal",
    );
  });

  it('keeps rounding half up in a table that rounds: one rate a digit low is not reproduced by cutting it off', () => {
    const rows = ['① 件数\t0\t3\t7\t42.9%', '② 人数\t0\t2\t3\t66.7%'];
    const result = checked(...rows, '③ 回数\t0\t2787\t10000\t27.8%');
    expect(result.kpis.map((k) => [k.computed, k.match])).toEqual([
      ['42.9%', true],
      ['66.7%', true],
      ['27.9%', false],
    ]);
    expect(result.kpis[0]?.rule).toBe(
      "actual ÷ target (the report year's actual), rounded half up to 1 decimal",
    );
  });

  it('reproduces a decrease known only from its title (削減), with no baseline', () => {
    const table = '指標\t実績値 (R5)\t目標値 (R8)\t達成率\n① ごみ排出量の削減\t125\t100\t80%';
    const result = checkReport(importReportTable(readTsv('t.tsv', table)));
    expect(result.kpis[0]).toMatchObject({ computed: '80%', match: true, direction: 'decrease' });
    expect(result.kpis[0]?.rule).toContain('target ÷ actual');
  });
});
