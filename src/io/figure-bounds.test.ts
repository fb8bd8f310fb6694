import { describe, expect, it } from 'vitest';
import { readReportFile } from './read-report-file.ts';
import { fixtureBytes } from '../../test/support/test-files.ts';

/** The Yuzawa table with ②'s baseline (row 6, column 5: 78) replaced. */
function withBaseline(text: string): Uint8Array {
  const lines = new TextDecoder().decode(fixtureBytes('yuzawa')).split('\n');
  const cells = (lines[5] ?? '').split('\t');
  expect(cells[4]).toBe('78');
  cells[4] = text;
  lines[5] = cells.join('\t');
  return new TextEncoder().encode(lines.join('\n'));
}

describe('a figure past the bounds is not placed, and says why, naming row and column', () => {
  it('a baseline of 25 digits', async () => {
    const report = await readReportFile('yuzawa.tsv', withBaseline('1'.repeat(25)));
    expect(report.unplaced).toContainEqual(
      expect.objectContaining({
        row: 6,
        column: 5,
        reason: 'a number of more than 20 digits before the point (limit 20)',
      }),
    );
    expect(report.kpis.find((k) => k.kpi.code === '②')?.kpi.baseline).toBeNull();
  });
  it('a baseline of 11 decimals', async () => {
    const report = await readReportFile('yuzawa.tsv', withBaseline('0.12345678901'));
    expect(report.unplaced).toContainEqual(
      expect.objectContaining({ row: 6, column: 5, text: '0.12345678901' }),
    );
  });
  it('the largest baseline within bounds is kept as entered', async () => {
    const report = await readReportFile('yuzawa.tsv', withBaseline('12345678901234567890.5'));
    expect(report.kpis.find((k) => k.kpi.code === '②')?.kpi.baseline?.value).toBe(
      '12345678901234567890.5',
    );
  });
});
