import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { legendScale } from './legend-scale.ts';
import { gradeScale } from '../../domain/grade-scale.ts';

describe('the grading scale a legend on the table states', () => {
  it('reads marks, letters and words with the least rate of each, the last under the least cut', () => {
    expect(legendScale(['※評価 ◎:100%以上 ○:80%以上 △:60%以上 ×:60%未満'])).toEqual(
      gradeScale(['◎', '○', '△', '×'], [100, 80, 60]),
    );
    expect(
      legendScale(['A:達成率100%以上、B:80%以上100%未満、C:60%以上80%未満、D:60%未満']),
    ).toEqual(gradeScale(['A', 'B', 'C', 'D'], [100, 80, 60]));
    expect(legendScale(['達成:100%以上 概ね達成:80%以上 未達成:80%未満'])).toEqual(
      gradeScale(['達成', '概ね達成', '未達成'], [100, 80]),
    );
    expect(legendScale(['Ａ（１００％以上） Ｂ（８０％以上） Ｃ（８０％未満）'])).toEqual(
      gradeScale(['A', 'B', 'C'], [100, 80]),
    );
  });

  it('reads none from a note that states no cuts, cuts that do not fall, or no last grade', () => {
    expect(legendScale(['※増減率は小数第2位を四捨五入しています。'])).toBeNull();
    expect(legendScale(['S:目標値を超えている A:基準値を超えている'])).toBeNull();
    expect(legendScale(['A:60%以上 B:80%以上 C:80%未満'])).toBeNull();
    expect(legendScale(['A:100%以上 B:80%以上'])).toBeNull();
    expect(legendScale(['A:100%以上 B:80%以上 C:60%未満'])).toBeNull();
  });

  it('is a note under the table, not a KPI, when its line starts with no ※ (評価基準 A：100%以上 …)', () => {
    const report = importReportTable(
      readTsv(
        'legend-r5.tsv',
        [
          '指標\t基準値\t目標値\tR5実績\t達成率\t評価',
          '観光客数（万人）\t100\t150\t140\t93.3%\tB',
          '移住者数（人）\t50\t100\t40\t40.0%\tD',
          '評価基準　A：100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満',
          'A：目標達成　B：概ね達成　C：未達成',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['観光客数（万人）', '移住者数（人）']);
    expect(report.reading.notes.map((n) => n.row)).toEqual([4, 5]);
    expect(report.plan.gradeScale).toEqual(gradeScale(['A', 'B', 'C', 'D'], [100, 80, 50]));
    expect(report.unplaced).toEqual([]);
  });

  it('is read in the grades’ header cell (「評価（◎:100%以上、○:80%以上、△:50%以上、×:50%未満）」)', () => {
    const report = importReportTable(
      readTsv(
        'legend-header-r5.tsv',
        [
          '指標\t基準値\t目標値\t実績値（R5）\t達成率\t評価（◎:100%以上、○:80%以上、△:50%以上、×:50%未満）',
          '観光客数（万人）\t100\t150\t140\t93.3%\t○',
          '移住者数（人）\t50\t100\t40\t40.0%\t×',
        ].join('\n'),
      ),
    );
    expect(report.plan.gradeScale).toEqual(gradeScale(['◎', '○', '△', '×'], [100, 80, 50]));
    expect(checkReport(report).kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['○', '○'],
      ['×', '×'],
    ]);
  });

  it('grades the KPIs of its table by it, as the table printed them', () => {
    const report = importReportTable(
      readTsv(
        'legend.tsv',
        [
          '指標\t基準値(R1)\t目標値(R7)\tR5実績\t達成率\t評価',
          '保育所入所率\t90.0\t100.0\t95.0\t95.0%\t○',
          '子育て相談件数\t100\t500\t300\t60.0%\t△',
          '※評価 ◎:100%以上 ○:80%以上 △:60%以上 ×:60%未満',
        ].join('\n'),
      ),
    );
    expect(report.plan.gradeScale).toEqual(gradeScale(['◎', '○', '△', '×'], [100, 80, 60]));
    expect(checkReport(report).kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['○', '○'],
      ['△', '△'],
    ]);
  });
});
