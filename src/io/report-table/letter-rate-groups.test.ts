import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: string[]) => readTsv('letters.tsv', lines.join('\n'));

describe('rates side by side, each stating its formula by other letters (市町村税の徴収実績)', () => {
  const header = [
    '\t調定済額\t\t\t収入済額\t\t\t徴収率 (%)\t\t',
    '\t現年課税分\t滞納繰越分\t合計\t現年課税分\t滞納繰越分\t合計\tE ─ ×100 A\tF ─ ×100 B\tG ─ ×100 C',
    '\tA\tB\tC\tE\tF\tG\t\t\t',
  ];

  it('reads a KPI per rate, each on the two columns its letters name, named by its numerator', () => {
    const report = importReportTable(
      tsv([
        ...header,
        '市町村民税\t1000\t200\t1200\t990\t20\t1010\t99\t10\t84.2',
        '固定資産税\t800\t100\t900\t790\t7\t797\t98.8\t7\t88.6',
      ]),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '市町村民税（現年課税分）',
      '市町村民税（滞納繰越分）',
      '市町村民税（合計）',
      '固定資産税（現年課税分）',
      '固定資産税（滞納繰越分）',
      '固定資産税（合計）',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 6, matched: 6 });
    expect(report.unplaced).toEqual([]);
  });

  it('reads each formula written 「E/A×100」 or 「E÷A×100」 as the same', () => {
    const written = header.map((line) =>
      line
        .replace('E ─ ×100 A', 'E/A×100')
        .replace('F ─ ×100 B', 'F÷B×100')
        .replace('G ─ ×100 C', 'G/C×100'),
    );
    const report = importReportTable(
      tsv([...written, '市町村民税\t1000\t200\t1200\t990\t20\t1010\t99\t10\t84.2']),
    );
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
  });

  it('names a group by its numerator’s whole header where no heading is over it', () => {
    const report = importReportTable(
      tsv([
        '区分\t現年課税分 調定額 A\t滞納繰越分 調定額 B\t現年課税分 収入額 E\t滞納繰越分 収入額 F\t徴収率 E/A×100\t徴収率 F/B×100',
        '市民税\t1000\t200\t990\t20\t99\t10',
      ]),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '市民税（現年課税分収入額）',
      '市民税（滞納繰越分収入額）',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('groups nothing where the rates share one formula (a block each, b/a×100)', () => {
    const report = importReportTable(
      tsv([
        '指標\t全体計画\t\t\t平成22年度\t\t',
        '\t計画 a\t実績 b\t達成率 b/a×100\t計画 a\t実績 b\t達成率 b/a×100',
        '道路整備\t100\t80\t80\t20\t15\t75',
      ]),
    );
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['道路整備', '道路整備（平成22年度）']);
  });
});
