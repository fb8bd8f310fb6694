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
    // 相模原市 改善工程表: the level of the grade, and who graded in brackets.
    expect(isGradeLine(row('1次評価 (所管局による自己評価)', 'B'))).toBe(true);
    expect(isGradeLine(row('2次評価 (総合計画審議会による外部評価)', 'B'))).toBe(true);
    expect(isGradeLine(row('外部評価', 'A'))).toBe(true);
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

  it('under the KPIs, is a note on the table, not a KPI named by its grade (相模原市 改善工程表)', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '指標No.\t指標名\t目標値(a)\t実績値(b)\t達成率(b/a又はa/b)%\t評価',
          '成果指標1\t地域で、住民が互いに支えあっていると感じる市民の割合【単位:%】\t38.3\t30.5\t79.6%\tC',
          'サブ指標1\tボランティア登録制度(いるかバンク)の登録者数【単位:人】\t823\t777\t94.4%\tB',
          '1次評価 (所管局による自己評価)\tB',
          '2次評価 (総合計画審議会による外部評価)\tB',
        ].join('\n'),
      ),
    );
    expect(report.kpis).toHaveLength(2);
    expect(report.reading.notes.map((n) => [n.row, n.text])).toEqual([
      [4, '1次評価 (所管局による自己評価)'],
      [4, 'B'],
      [5, '2次評価 (総合計画審議会による外部評価)'],
      [5, 'B'],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});
