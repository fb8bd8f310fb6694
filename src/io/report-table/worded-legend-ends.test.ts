import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { legendScale } from './legend-scale.ts';

/** 健康増進計画 中間評価: progress from 策定時 to the target, graded by a legend of words and one cut. */
const MIDTERM = [
  '健康増進計画 中間評価 指標の達成状況（令和4年度）',
  '指標\t計画策定時（平成30年度）\t現状値（令和4年度）\t目標値（令和10年度）\t達成率\t評価',
  '成人の喫煙率（男性）\t28.4%\t24.9%\t20.0%\t41.7%\t△',
  '週1回以上運動する人の割合\t41.2%\t47.8%\t55.0%\t47.8%\t△',
  '歯周病検診受診率\t6.5%\t5.9%\t15.0%\t-7.1%\t×',
  '低出生体重児の割合\t9.8%\t9.1%\t8.0%\t38.9%\t△',
  '※評価 ◎：目標達成 ○：50%以上 △：50%未満 ×：悪化',
].join('\n');

describe('a legend whose ends are words (「◎：目標達成 ○：50%以上 △：50%未満 ×：悪化」)', () => {
  it('reads the target reached as 100% and above, and 悪化 as under 0%, the grade under the cut from 0%', () => {
    const scale = legendScale(['※評価 ◎：目標達成 ○：50%以上 △：50%未満 ×：悪化']);
    expect(scale?.grades.map((g) => g.label)).toEqual(['◎', '○', '△', '×']);
    expect(scale?.grades.map((g) => g.min)).toEqual(
      legendScale(['◎:100%以上 ○:50%以上 △:0%以上 ×:0%未満'])?.grades.map((g) => g.min),
    );
  });

  it('reads one end alone, and nothing of a legend of words with no cut, or a 100% cut printed already', () => {
    expect(
      legendScale(['A：目標値に達した B：50%以上 C：50%未満'])?.grades.map((g) => g.label),
    ).toEqual(['A', 'B', 'C']);
    expect(legendScale(['A：目標達成 B：改善 C：変わらない D：悪化'])).toBeNull();
    expect(legendScale(['◎：目標達成 ○：100%以上 △：100%未満'])).toBeNull();
    // Cuts that do not fall, best first, are no scale.
    expect(legendScale(['◎：目標達成 ○：50%以上 △：80%以上 ×：80%未満'])).toBeNull();
  });

  it('grades a table by it: the printed grades checked against the legend, not read off them', () => {
    const report = importReportTable(readTsv('kenko.tsv', MIDTERM));
    expect(report.reading.gradeScale).toBe('legend');
    const check = checkReport(report);
    expect(check.kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['△', '△'],
      ['△', '△'],
      ['×', '×'],
      ['△', '△'],
    ]);
    // A 41.7% printed ○ would be a grade the legend does not give it.
    const wrong = importReportTable(readTsv('kenko.tsv', MIDTERM.replace('41.7%\t△', '41.7%\t○')));
    expect(checkReport(wrong).kpis[0]).toMatchObject({ printedGrade: '○', grade: '△' });
  });
});
