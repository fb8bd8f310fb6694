import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { isGradeLine } from './grade-line.ts';
import { importReportTable } from './import-report-table.ts';

const row = (...cells: string[]) => ({ row: 1, cells });

describe('a line stating a grade', () => {
  it('is a grade word and a grade alone, a mark or a few words', () => {
    expect(isGradeLine(row('自己評価', 'B'))).toBe(true);
    expect(isGradeLine(row('総合評価', '', '○'))).toBe(true);
    expect(isGradeLine(row('成果指標の達成度', '目標値より高い'))).toBe(true);
    expect(isGradeLine(row('達成状況', '概ね順調'))).toBe(true);
  });

  it('is not a row of figures, a sentence, or a row of more cells', () => {
    expect(isGradeLine(row('評価', '95.0%'))).toBe(false);
    expect(isGradeLine(row('評価', '目標を達成したため、事業を継続する。'))).toBe(false);
    expect(isGradeLine(row('実績', 'B'))).toBe(false);
    expect(isGradeLine(row('来館者数', '評価', 'A'))).toBe(false);
  });

  it('under a sheet’s grids, is a line below the table, not a KPI nor the header', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '活動指標\t単位\t区分\tR5年度(実績)',
          '① 講座の開催回数\t回\t計画\t20',
          '\t\t実績\t18',
          '成果指標\t単位\t区分\tR5年度(実績)',
          '① 講座の参加者数\t人\t目標\t400',
          '\t\t実績\t452',
          '成果指標の達成度\t目標値より高い',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.actuals.map((a) => a.figure.value)])).toEqual(
      [
        ['講座の開催回数', ['18']],
        ['講座の参加者数', ['452']],
      ],
    );
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});
