import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { arrowFigures } from './arrow-figures.ts';
import { importReportTable } from './import-report-table.ts';

describe('arrowFigures', () => {
  it('reads the two figures around one arrow', () => {
    expect(arrowFigures('60.0→70.0')).toMatchObject({
      from: { parsed: { figure: { value: '60.0' } } },
      to: { parsed: { figure: { value: '70.0' } } },
    });
    expect(arrowFigures('12人 ⇒ 0人')?.to.parsed).toMatchObject({ figure: { value: '0' } });
  });
  it('is null without an arrow, with words around it, or with more than two figures', () => {
    expect(arrowFigures('60.0')).toBeNull();
    expect(arrowFigures('増加→維持')).toBeNull();
    expect(arrowFigures('1→2→3')).toBeNull();
  });
});

describe('a baseline and its target in one cell under 現状値→目標値', () => {
  it('reads the first as the baseline, the second as the target, and reproduces the rates', () => {
    const report = importReportTable(
      readTsv(
        'arrow.tsv',
        [
          '指標\t現状値→目標値\tR4実績\t達成率',
          '子育て満足度（％）\t60.0→70.0\t66.0\t94.3%',
          '待機児童数（人）\t12→0\t2\t83.3%',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => [k.kpi.baseline?.value, k.kpi.target?.value])).toEqual([
      ['60.0', '70.0'],
      ['12', '0'],
    ]);
    expect(checkReport(report).summary).toMatchObject({ printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
  });
});
