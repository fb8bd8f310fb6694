import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import type { Column } from './header-map.ts';
import { importReportTable } from './import-report-table.ts';
import { withMeasureAtYear } from './measure-at-year.ts';

const column = (index: number, label: string, role: Column['role'], because: string): Column => ({
  index,
  label,
  block: '',
  role,
  because,
  unit: null,
});

describe('a measure printed at a year beside the same measure at the base year (「2020年度排出量」)', () => {
  it('is that year’s actual where a baseline’s header ends with the same measure', () => {
    const read = withMeasureAtYear([
      column(
        1,
        '基準年度（2013年度）排出量',
        { kind: 'baseline', fiscalYear: fiscalYear(2013) },
        'the word "基準"',
      ),
      column(2, '2020年度排出量', { kind: 'other' }, 'no known word'),
      column(3, '2020年度 事業費', { kind: 'other' }, 'no known word'),
    ]);
    expect(read[1]?.role).toEqual({ kind: 'actual', fiscalYear: 2020 });
    // Another measure than the baseline's stays as it was.
    expect(read[2]?.role).toEqual({ kind: 'other' });
  });

  it('is nothing of a year before the baseline’s, nor with no baseline', () => {
    const before = withMeasureAtYear([
      column(
        1,
        '基準年度（2013年度）排出量',
        { kind: 'baseline', fiscalYear: fiscalYear(2013) },
        'the word "基準"',
      ),
      column(2, '2010年度排出量', { kind: 'other' }, 'no known word'),
    ]);
    expect(before[1]?.role).toEqual({ kind: 'other' });
    const alone = withMeasureAtYear([
      column(1, '2020年度排出量', { kind: 'other' }, 'no known word'),
    ]);
    expect(alone[0]?.role).toEqual({ kind: 'other' });
  });

  it('reads a 地球温暖化対策実行計画 table of emissions and their cut from the base year', () => {
    const report = importReportTable(
      readTsv(
        'ghg.tsv',
        [
          '温室効果ガス排出量の状況',
          '（単位：千t-CO2）',
          '区分\t基準年度（2013年度）排出量\t2020年度排出量\t削減率',
          '市域全体\t1250.4\t1012.8\t19.0%',
          '市の事務事業\t18.62\t14.35\t22.9%',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.kpi.actuals[0]?.figure.value)).toEqual(['1012.8', '14.35']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.problems).toEqual([]);
  });
});
