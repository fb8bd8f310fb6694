import { describe, expect, it } from 'vitest';
import { checkReport } from './report-check.ts';
import { readOtherCity } from '../../test/support/other-cities.ts';

/**
 * Round aw of the development set (fixtures/other-cities/README.md): the two 市町村税の徴収実績
 * tables round at found badly read (佐井村 5 of 15 rates, 64 cells unplaced; 車力村 refused), and
 * what the rules of this round make of them: 徴収率 「E ─ ×100 A | F ─ ×100 B | G ─ ×100 C」 a KPI
 * per rate on the columns its letters name (fraction-bar-formula.ts, letter-rate-groups.ts).
 */
const read = readOtherCity;

describe('市町村税の徴収実績: three rates a row by letters over a bar', () => {
  it('佐井村: every rate of the rows read reproduced, 40 of 40; the numbering still read as codes', async () => {
    const report = await read('sai-choshu-h15.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 51, printed: 40, matched: 40 });
    expect(report.unplaced).toHaveLength(64);
    expect(report.problems.map((p) => p.kind)).toEqual(Array(5).fill('duplicate-code'));
  });

  it('車力村: read, no longer refused, 40 of 40; the numbering still read as codes', async () => {
    const report = await read('shariki-choshu-h14.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 48, printed: 40, matched: 40 });
    expect(report.unplaced).toHaveLength(65);
  });
});
