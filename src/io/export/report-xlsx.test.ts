import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../domain/model.ts';
import { mapPlanKpis } from '../../domain/model.ts';
import type { PlanReport } from '../../domain/plan-report.ts';
import { buildPlanReport } from '../../domain/plan-report.ts';
import { readReportFile } from '../read-report-file.ts';
import { checkReport } from '../report-check.ts';
import { figureFormat, rateValue, reportXlsx } from './report-xlsx.ts';
import { yuzawaPlan } from '../../../test/support/yuzawa-export-fixture.ts';
import { requireComplete } from '../report-table/missing-role.ts';

let report: PlanReport;
let plan: Plan;
let sheet: ExcelJS.Worksheet;
let bytes: Uint8Array;

beforeAll(async () => {
  ({ report, plan } = await yuzawaPlan());
  bytes = await reportXlsx(report);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const first = workbook.worksheets[0];
  if (!first) throw new Error('no worksheet');
  sheet = first;
});

/** The row whose KPI cell (column C) begins with the code. */
const kpiRow = (code: string) => {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    if (String(sheet.getCell(r, 3).value ?? '').startsWith(code)) return r;
  }
  throw new Error(`no row for ${code}`);
};

describe('the report workbook', () => {
  it('has the title row and two header rows with 実績値 merged over the year columns', () => {
    expect(sheet.getCell('A1').value).toBe('湯沢市行財政改革実施計画 令和5年度 進捗状況');
    expect(sheet.getCell('M1').isMerged).toBe(true);
    expect(sheet.getCell('H2').value).toBe('実績値');
    expect(sheet.getCell('J2').master.address).toBe('H2');
    expect(['H3', 'I3', 'J3'].map((a) => sheet.getCell(a).value)).toEqual(['R3', 'R4', 'R5']);
    // 基本方針 spans both header rows.
    expect(sheet.getCell('A3').master.address).toBe('A2');
  });

  it('merges the plan tree over each KPI’s rows (⑰: its departments and 累計)', () => {
    const at = kpiRow('⑰');
    expect(sheet.getCell(at + 3, 3).master.address).toBe(sheet.getCell(at, 3).address);
    expect(sheet.getCell(at + 3, 7).value).toBe('累計');
    // ⑱ prints its total row 合計, as the city does.
    const eighteen = kpiRow('⑱');
    const labels = [1, 2, 3, 4, 5].map((r) => sheet.getCell(eighteen + r, 7).value);
    expect(labels).toContain('合計');
    expect(labels).not.toContain('累計');
    expect(sheet.getCell(at + 1, 4).value).toBe('情報政策課');
    // 基本方針 4 spans ⑰ to ⑳; the ★ stays in the KPI's label.
    expect(sheet.getCell(kpiRow('⑳'), 1).master.address).toBe(`A${at}`);
    expect(String(sheet.getCell(at, 3).value)).toBe('⑰ ★ 危機管理マニュアル件数');
  });

  it('writes figures as numbers with their formats, rates as numbers under percent formats', () => {
    const seventh = kpiRow('⑦');
    expect(sheet.getCell(seventh, 10).value).toBe(283179);
    expect(sheet.getCell(seventh, 10).numFmt).toBe('#,##0');
    expect(sheet.getCell(seventh, 12).value).toBe(0.93);
    expect(sheet.getCell(seventh, 12).numFmt).toBe('0%');
    const fourth = kpiRow('④');
    expect(sheet.getCell(fourth, 5).value).toBe(34);
    expect(sheet.getCell(fourth, 5).numFmt).toBe('#,##0.0');
    const sixteenth = kpiRow('⑯');
    expect(sheet.getCell(sixteenth, 10).numFmt).toBe('#,##0.00');
    expect(sheet.getCell(sixteenth, 12).value).toBeCloseTo(1.002, 10);
    expect(sheet.getCell(sixteenth, 12).numFmt).toBe('0.0%');
    // ⑱'s "2(1)" and ①'s "-" are figures in the table's own form, as text.
    expect(sheet.getCell(kpiRow('①'), 5).value).toBe('-');
    expect(sheet.getCell(kpiRow('⑱') + 2, 8).value).toBe('(1)');
    expect(sheet.getCell(kpiRow('⑱') + 3, 8).value).toBe('2(1)');
  });

  it('wraps narratives, prints A4 landscape with the header rows repeated, and freezes them', () => {
    expect(sheet.getCell(kpiRow('②'), 13).alignment.wrapText).toBe(true);
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe('2:3');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 3 });
  });

  it('reproduces every printed rate through `check`, and imports back to the same report', async () => {
    const read = requireComplete(await readReportFile('r5.xlsx', bytes, { planName: plan.name }));
    expect(checkReport(read).summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
    expect(read.unplaced).toEqual([]);
    expect(buildPlanReport(read.plan, read.fiscalYear)).toEqual(report);
  });

  it('neutralizes formula-like text, not numbers', async () => {
    const planted = mapPlanKpis(plan, (k) =>
      k.code === '①' ? { ...k, departments: ['=cmd|x'] } : k,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(
        await reportXlsx(buildPlanReport(planted, report.fiscalYear)),
      ) as unknown as ExcelJS.Buffer,
    );
    expect(workbook.worksheets[0]?.getCell('D4').value).toBe("'=cmd|x");
    expect(workbook.worksheets[0]?.getCell('J4').value).toBe(1);
    expect(figureFormat('-5' as never)).toBe('#,##0');
    expect(rateValue('100.2%')).toEqual({ value: 1.002, format: '0.0%' });
  });
});
