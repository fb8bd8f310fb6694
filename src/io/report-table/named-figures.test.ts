import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('figures that carry their KPI name (大崎町 総合戦略 KPI): no column of names', () => {
  const table = [
    '施策\t取組み\tKPI(平成 32 年3月まで)\tKPI(平成 27 年度)\t達成率',
    '雇用の創出\t就職活動の支援\t説明会参加者延べ人数 300 人\t説明会参加者延べ人数 32 人\t10.7%',
    '\t相談体制の整備\t就業相談者数 100 人\t就業相談者数 25 人\t25.0%',
    '\t\t起業件数 10 件\t起業件数 1 件\t10.0%',
  ];

  it('reads the columns headed 「KPI」 as the target and the actual by the printed rates, the later year the target', () => {
    const report = read(table);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'theme',
      'kpi',
      'target',
      'actual',
      'rate',
    ]);
    expect(report.reading.columns[2]?.because).toMatch(
      /its cells are figures, each with its KPI's name/,
    );
    expect(report.reading.roles?.tie).toBeNull();
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.unplaced).toEqual([]);
  });

  it('names each KPI by the words its figures share, the action kept in its note; a row with no name cell is a KPI of its own', () => {
    const report = read(table);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '説明会参加者延べ人数',
      '就業相談者数',
      '起業件数',
    ]);
    expect(report.kpis[0]?.kpi.note).toContain('取組み: 就職活動の支援');
    expect(report.kpis.map((k) => k.kpi.target?.kind === 'value' && k.kpi.target.value)).toEqual([
      '300',
      '100',
      '10',
    ]);
  });

  it('keeps a name column whose figures differ in words: one described cell describes its figure (福知山市)', () => {
    const report = read([
      '項目\t目標値\t2年度実績\t累計 (H28~R2年度)\t進捗率',
      '公共施設マネジメントの推進\t延床面積 45,298平方メートル\t4,749平方メートル\t24,672平方メートル\t54.5%',
      '職員の適正配置\t一般職員数 15人削減\t4人削減\t31人削減\t206.7%',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '公共施設マネジメントの推進',
      '職員の適正配置',
    ]);
  });
});

describe('a frequency printed with its period (「年4回」)', () => {
  it('is a figure per year, not a name the figures share, nor a line of the header', () => {
    const report = read([
      '成果目標\t現状\t目標\t実績\t評価',
      '地域包括ケアの推進に向けた会議の開催\t年2回\t年4回\t年4回\t達成',
      '生活支援コーディネーターの配置\t1人\t3人\t2人\t未達成',
    ]);
    expect(report.reading.headerRows).toEqual([1]);
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.target?.value])).toEqual([
      ['地域包括ケアの推進に向けた会議の開催', '4'],
      ['生活支援コーディネーターの配置', '3'],
    ]);
  });
});
