import { describe, expect, it } from 'vitest';
import { labelSaysShare } from './share-aside-label.ts';
import { importReportTable } from './import-report-table.ts';

describe('a label that says the percentage in brackets beside its figures is their share', () => {
  it('is a label with a bracketed word of share', () => {
    expect(labelSaysShare('うち女性委員数(割合)')).toBe(true);
    expect(labelSaysShare('女性職員数 (構成比)')).toBe(true);
    expect(labelSaysShare('女性委員数')).toBe(false);
    expect(labelSaysShare('女性委員の割合')).toBe(false);
    expect(labelSaysShare('効果額(達成率)')).toBe(false);
  });

  it('keeps such a percentage as printed, not as the KPI’s rate; a bare bracketed rate still is one', () => {
    const table = (label: string) =>
      importReportTable({
        file: 'made-up.tsv',
        rows: [
          { row: 1, cells: ['指標', 'R4実績', '目標値'] },
          { row: 2, cells: [label, '120人(40.0%)', '150人'] },
        ],
      });
    const share = table('うち女性委員数(割合)').kpis[0];
    expect(share?.printedRateText).toBeNull();
    expect(share?.kpi.actuals.map((a) => String(a.figure.value))).toEqual(['120']);
    expect(table('女性委員数').kpis[0]?.printedRateText).toBe('40.0%');
  });
});
