import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanReport, type PlanReport } from '../../domain/plan-report.ts';
import type { Kpi, Plan } from '../../domain/model.ts';
import { mapPlanKpis, planKpis } from '../../domain/model.ts';
import { readReportFile } from '../read-report-file.ts';
import { checkReport } from '../report-check.ts';
import { UnencodableCharacterError } from './csv-bytes.ts';
import { reportCsv } from './report-csv.ts';
import { yuzawaPlan } from '../../../test/support/yuzawa-export-fixture.ts';
import { figure } from '../../../test/support/yuzawa-kpis.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';

let plan: Plan;
let report: PlanReport;
beforeAll(async () => ({ plan, report } = await yuzawaPlan()));

const rowsOf = (text: string): string[][] => parse(text, { relax_column_count: true });

/** The report of the plan with one KPI changed, to plant a cell. */
function withKpi(code: string, patch: Partial<Kpi>): PlanReport {
  const changed = mapPlanKpis(plan, (k) => (k.code === code ? { ...k, ...patch } : k));
  return buildPlanReport(changed, report.fiscalYear);
}

const withTitle = (code: string, title: string) => withKpi(code, { title });

describe('the report CSV', () => {
  it('is UTF-8 with a BOM and CRLF line ends, the table as printed', () => {
    const bytes = reportCsv(report, 'utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toContain('\r\n');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n,'); // no bare LF between records
    const rows = rowsOf(text);
    expect(rows[0]?.[0]).toBe('湯沢市行財政改革実施計画 令和5年度 進捗状況');
    expect(rows[1]?.slice(0, 8)).toEqual([
      '基本方針',
      'テーマプログラム (取組事項No.)',
      '重要業績評価指標 (KPI) ★…総合振興計画後期KPI',
      '担当課',
      '基準値 (R1)',
      '単位',
      '単年度 累計',
      '実績値',
    ]);
    expect(rows[2]?.slice(7, 10)).toEqual(['R3', 'R4', 'R5']);
    // ⑦ a decrease KPI: 264,000/283,179 = 93%, digits grouped as printed.
    const seventh = rows.find((r) => r[2]?.startsWith('⑦'));
    expect(seventh?.slice(3)).toEqual([
      '企画課',
      '299,963',
      'm²',
      '単年度',
      '296,121',
      '285,615',
      '283,179',
      '264,000',
      '93%',
      expect.stringContaining('寺沢倉庫'),
    ]);
  });

  it('prints ⑰ with its departments’ rows and its 累計 row, and ⑱’s 2(1)', () => {
    const rows = rowsOf(new TextDecoder().decode(reportCsv(report, 'utf-8')));
    const at = rows.findIndex((r) => r[2]?.startsWith('⑰'));
    expect(rows[at]?.slice(3, 10)).toEqual(['総務課', '11', '件', '単年度', '0', '0', '1']);
    expect(rows[at + 1]?.slice(3, 10)).toEqual(['情報政策課', '', '', '', '0', '0', '0']);
    expect(rows[at + 2]?.slice(3, 10)).toEqual(['上下水道課', '', '', '', '1', '0', '0']);
    expect(rows[at + 3]?.slice(3, 10)).toEqual(['', '', '', '累計', '12', '12', '13']);
    const eighteen = rows.slice(at + 4, at + 9);
    expect(eighteen.map((r) => r.slice(7, 10))).toContainEqual(['(1)', '0', '0']);
    expect(eighteen.map((r) => r.slice(6, 10))).toContainEqual(['合計', '2(1)', '2(0)', '2(0)']);
    const labels = rows.map((r) => r[6]);
    expect(labels.filter((l) => l === '合計')).toHaveLength(1);
    expect(labels.filter((l) => l === '累計')).toHaveLength(2); // ⑩ and ⑰
  });

  it('imports back with ⑱’s 合計 and the others’ 累計, in UTF-8 and in Shift_JIS', async () => {
    for (const encoding of ['utf-8', 'shift_jis'] as const) {
      const read = await readReportFile('r5.csv', reportCsv(report, encoding));
      const labels = planKpis(read.plan)
        .filter((k) => k.cumulativeActuals.length > 0)
        .map((k) => `${k.code} ${k.cumulativeLabel}`);
      expect(labels).toEqual(['⑩ 累計', '⑰ 累計', '⑱ 合計']);
    }
  });

  it('reproduces every printed rate through `check`, in UTF-8 and in Shift_JIS', async () => {
    for (const [file, encoding] of [
      ['r5.csv', 'utf-8'],
      ['r5-sjis.csv', 'shift_jis'],
    ] as const) {
      const result = checkReport(await readReportFile(file, reportCsv(report, encoding)));
      expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
      expect(result.unplaced).toEqual([]);
    }
  });

  it('prints the yearly plans under 計画値 where a KPI has some, and `check` reproduces the rates on them', async () => {
    // ① rated against R5's own plan of 4: 1 ÷ 4 = 25% (against its R8 target of 2 it is 50%).
    const planned = withKpi('①', {
      milestones: [{ fiscalYear: fiscalYear(2023), figure: figure('4') }],
      basis: 'milestone',
    });
    const bytes = reportCsv(planned, 'utf-8');
    const rows = rowsOf(new TextDecoder().decode(bytes.slice(3)));
    expect([rows[1]?.[7], rows[1]?.[10]]).toEqual(['計画値', '実績値']);
    expect(rows[2]?.slice(7, 13)).toEqual(['R3', 'R4', 'R5', 'R3', 'R4', 'R5']);
    const first = rows.find((r) => r[2]?.startsWith('①'));
    expect(first?.slice(7, 15)).toEqual(['', '', '4', '2', '1', '1', '2', '25%']);
    const result = checkReport(await readReportFile('r5.csv', bytes));
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
    expect(result.unplaced).toEqual([]);
    expect(result.kpis.find((k) => k.code === '①')).toMatchObject({
      printed: '25%',
      match: true,
      basis: 'milestone',
    });
    // A plan with no yearly plans prints no 計画値 block.
    expect(rowsOf(new TextDecoder().decode(reportCsv(report, 'utf-8').slice(3)))[1]).not.toContain(
      '計画値',
    );
  });

  it('writes Shift_JIS as CP932: ①…⑳, ㎡ and ～ survive the round trip', () => {
    const bytes = reportCsv(withTitle('①', '～の件数'), 'shift_jis');
    const text = iconv.decode(Buffer.from(bytes), 'cp932');
    expect(text).toContain('① ★ ～の件数');
    expect(text).toContain('⑳');
    // ⑦'s unit m² (and the PDF's "m ²" in its narrative) is written ㎡, which CP932 holds.
    expect(rowsOf(text).find((r) => r[2]?.startsWith('⑦'))?.[5]).toBe('㎡');
    expect(text).not.toContain('?');
  });

  it('refuses a character CP932 cannot hold, naming the KPI and the field', () => {
    const planted = withTitle('⑤', '𠮟られた件数');
    expect(() => reportCsv(planted, 'shift_jis')).toThrow(UnencodableCharacterError);
    expect(() => reportCsv(planted, 'shift_jis')).toThrow(
      /KPI ⑤ KPI: the character "𠮟" \(U\+20B9F\) cannot be written in Shift_JIS/,
    );
    expect(() => reportCsv(withTitle('⑤', '¥100'), 'shift_jis')).toThrow(/U\+00A5/);
    expect(new TextDecoder().decode(reportCsv(planted, 'utf-8'))).toContain('𠮟られた件数');
  });

  it('neutralizes a text cell that would be a formula, and leaves figures alone', () => {
    const planted = withKpi('⑨', {
      departments: ['=HYPERLINK("http://example.com")'],
      unit: '+1',
      narratives: [{ fiscalYear: report.fiscalYear, department: null, text: '@SUM(A1)' }],
    });
    const rows = rowsOf(new TextDecoder().decode(reportCsv(planted, 'utf-8')));
    const ninth = rows.find((r) => r[2]?.startsWith('⑨'));
    expect(ninth?.[3]).toBe(`'=HYPERLINK("http://example.com")`);
    expect(ninth?.[5]).toBe("'+1");
    expect(ninth?.at(-1)).toBe("'@SUM(A1)");
    // ⑨'s baseline is the no-value mark "-": a figure, kept as printed, not neutralized.
    expect(ninth?.[4]).toBe('-');
  });
});
