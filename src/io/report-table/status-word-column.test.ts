import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const table = (status: string[]) =>
  importReportTable(
    readTsv(
      'status-r3.tsv',
      [
        '指標名\t進捗状況\tR2実績値\tR3実績値\tR6目標値',
        `移住者数\t${status[0]}\t120人\t150人\t200人`,
        `創業件数\t${status[1]}\t8件\t8件\t12件`,
        `観光客数\t${status[2]}\t30万人\t34万人\t40万人`,
      ].join('\n'),
    ),
  );
const column = (report: ReturnType<typeof table>) =>
  report.reading.columns.find((c) => c.label === '進捗状況');

describe('a column headed as a state of things whose cells are a few short words (進展状況: 進展 / 進展せず)', () => {
  it('is the grade printed for each KPI, in words', () => {
    const report = table(['順調', '遅れ', '順調']);
    expect(column(report)?.role).toBe('grade');
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['順調', '遅れ', '順調']);
    expect(report.unplaced).toEqual([]);
  });

  it('is not one when each KPI has a word of its own, or the cells are figures or sentences', () => {
    expect(column(table(['順調', '遅れ', '未着手']))?.role).not.toBe('grade');
    expect(column(table(['80%', '60%', '90%']))?.role).not.toBe('grade');
    const sentences = ['相談窓口を設置し、移住者が増加した。', '順調', '順調'];
    expect(column(table(sentences))?.role).not.toBe('grade');
  });
});

describe('a column of grades in words or marks whatever its header', () => {
  it('is the grade printed for each KPI (「進捗」 over 遅れ / 順調), not kept as printed', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '指標名\tH30実績\tR1実績\tR2目標\t進捗',
          '合計特殊出生率\t1.51\t1.47\t1.60\t遅れ',
          '婚姻数（件）\t298\t310\t350\t順調',
        ].join('\n'),
      ),
    );
    expect(report.reading.columns[4]).toMatchObject({ role: 'grade' });
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['遅れ', '順調']);
  });

  it('stays as printed beside a column its words name a grade or a rate', () => {
    const beside = importReportTable(
      readTsv(
        't.tsv',
        ['指標名\t実績\t改善\t達成度\t目標', '件数\t20\t○\tA\t20', '人数\t5\t×\tB\t6'].join('\n'),
      ),
    );
    expect(beside.reading.columns[2]?.role).toBe('other');
  });
});
