import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('a second table under a header of its own below the KPIs', () => {
  it('is refused as two tables, naming its header (大垣市: the KPI, then a breakdown by class)', () => {
    const lines = [
      '目標指標名\t基準値(平成16年)\t目標(平成25年)',
      '一般機械器具製造業の「従業者1人あたりの粗付加価値額」\t893\t1,072',
      '4 結果(参考)',
      '産業中分類\t従業者数\t付加価値額\t一人あたり付加価値額',
      'はん用機械器具製造業\t322\t428,136\t',
      '生産用機械器具製造業\t839\t625,064\t',
      '\t1,255\t1,116,143\t889',
    ];
    expect(() => read(lines)).toThrow(
      /row 4 heads a table of its own \(産業中分類 \| 従業者数 \| 付加価値額 \| 一人あたり付加価値額\)/,
    );
  });

  it('leaves a row of value words read as a KPI (小矢部市: なし, 策定 repeat in their columns)', () => {
    const report = read([
      '成果指標\t平成12年\t平成13年実績\t平成14年実績\t5ヵ年目標',
      '図書館入館者数\t102,521人\t105,757人\t117,857人\t105,000人',
      '生涯スポーツプラン策定\tなし\t策定\tなし\t策定',
      '総合型地域スポーツクラブ加入者数\t277人\t778人\t967人\t500人',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toContain('生涯スポーツプラン策定');
  });
});
