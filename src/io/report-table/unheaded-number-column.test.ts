import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (text: string) => importReportTable(readTsv('nogyo-h27.tsv', text));

describe('a column with no header word numbering the KPIs left of their names', () => {
  const header = '\t評価指標\t現状値 (現況年度)\t27年度実績\t目標値 (目標年度)';

  it('gives the KPIs their codes, every cell placed (a 福岡県 city’s 農業 goals)', () => {
    const report = read(
      [
        header,
        '1\t○市が認定した農業経営改善計画の認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)',
        '2\t○集落営農等の法人化数\t3法人 (26年度)\t4法人\t6法人 (36年度)',
        '10\t○耕作放棄地の面積\t2.7ha (25年度)\t1.9ha\t2.7ha (36年度)',
      ].join('\n'),
    );
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['1', '2', '10']);
    expect(report.unplaced).toEqual([]);
  });

  it('is no number column when a cell holds a word or a number twice', () => {
    const worded = read(
      [
        header,
        '1\t○認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)',
        '農業\t○法人化数\t3法人 (26年度)\t4法人\t6法人 (36年度)',
      ].join('\n'),
    );
    expect(worded.unplaced.map((u) => u.text)).toContain('1');
    const twice = read(
      [
        header,
        '1\t○認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)',
        '1\t○法人化数\t3法人 (26年度)\t4法人\t6法人 (36年度)',
      ].join('\n'),
    );
    expect(twice.unplaced.map((u) => u.text)).toContain('1');
  });
});
