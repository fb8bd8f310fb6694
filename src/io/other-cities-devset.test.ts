import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { ImportedReport } from './imported-report.ts';
import { ImportError } from './import-problem.ts';
import { readReportFile } from './read-report-file.ts';
import { checkReport } from './report-check.ts';
import { fixtureBytes } from './test-files.ts';
import { requireComplete } from './report-table/missing-role.ts';

/**
 * The development set of other cities' published tables (fixtures/other-cities/README.md).
 * What today's importer does with each is pinned here only as far as it must keep holding:
 * a table it reads accounts for every non-empty cell (in a KPI or listed unplaced), a table it
 * refuses is refused with one message naming the file, and a table it reads fully keeps its
 * printed rates reproduced. Each file's shortfalls are listed in the README, not asserted.
 */
const dir = 'other-cities';
const bytes = (name: string) => fixtureBytes(`${dir}/${name}`);
const text = (name: string) => new TextDecoder().decode(bytes(name));

/** Every KPI's content as strings: titles, codes, figures, extras, printed rate and grade. */
function kpiStrings(report: ImportedReport): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const k of report.kpis) walk([k.kpi, k.printedRateText, k.printedGrade]);
  return out;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const numbers = (s: string) =>
  (s.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));

/**
 * Non-empty cells from the first KPI row on that are neither in a KPI nor listed unplaced. A cell
 * is in a KPI when its text (spaces aside) is in one of the KPI's strings, when it is a KPI's
 * code and title written together, or when every number in it is one of the KPI's figures.
 */
function unaccounted(name: string, report: ImportedReport): string[] {
  const lines = text(name).split(/\r?\n/);
  const strings = kpiStrings(report);
  const joined = squeeze(strings.join('\n'));
  const labels = new Set(report.kpis.map((k) => squeeze(k.kpi.code + k.kpi.title)));
  const figures = new Set(strings.flatMap(numbers));
  const unplaced = new Set(report.unplaced.map((u) => `${u.row}:${u.column}`));
  const first = Math.min(...report.kpis.map((k) => k.row));
  const missing: string[] = [];
  lines.forEach((line, index) => {
    const row = index + 1;
    if (row < first || line.startsWith('#')) return;
    line.split('\t').forEach((raw, c) => {
      const cell = squeeze(raw);
      if (cell === '' || unplaced.has(`${row}:${c + 1}`)) return;
      const inNumbers = numbers(cell).length > 0 && numbers(cell).every((n) => figures.has(n));
      if (!(joined.includes(cell) || labels.has(cell) || inNumbers))
        missing.push(`row ${row} column ${c + 1}: ${raw.trim()}`);
    });
  });
  return missing;
}

/** Every unplaced cell names a real cell of the file, with that cell's text. */
function unplacedAreReal(name: string, report: ImportedReport) {
  const lines = text(name).split(/\r?\n/);
  for (const u of report.unplaced) {
    expect(u.file).toBe(name);
    expect(lines[u.row - 1]?.split('\t')[u.column - 1]?.trim()).toBe(u.text.trim());
  }
}

/**
 * Every fixture, once as it is and once more with `--fy` where it names no year. `fully`: read
 * today with nothing unplaced and every printed rate reproduced, which must stay so. `year`: the
 * report year read, and the year of every actual (福知山市 `2年度実績` beside `H28~R2` is R2,
 * not H2; 富士市 `H23-27実績額` is the period's end, H27, not its start).
 */
const fixtures: readonly { file: string; fy?: number; fully?: true; year?: number }[] = [
  { file: 'kurihara-shuchukaikaku-h22.tsv', fully: true },
  { file: 'seki-gyoseikaikaku-h26.tsv', fully: true },
  { file: 'abira-sougoukeikaku-h30.tsv' },
  { file: 'fukuchiyama-gyoseikaikaku-r2.tsv', year: 2020 },
  { file: 'sanda-gyoseikaikaku-h19.tsv' },
  { file: 'sanda-gyoseikaikaku-h19.tsv', fy: 2007 },
  { file: 'sanda-gyoseikaikaku-h20.tsv' },
  { file: 'sanda-gyoseikaikaku-h20.tsv', fy: 2008 },
  { file: 'fuji-sougoukeikaku-h27.tsv', year: 2015 },
  { file: 'iwaki-gyozaiseikaikaku-h18.tsv', fully: true },
  { file: 'soma-gyozaiseikaikaku-h21.tsv', fully: true },
  { file: 'kitsuki-shuchukaikaku-h18.tsv' },
  { file: 'kamikawa-shuchukaikaku-h26.tsv' },
  { file: 'kamikawa-shuchukaikaku-h26.tsv', fy: 2014 },
  { file: 'kamikawa-teiin-h26.tsv' },
  { file: 'kamikawa-teiin-h26.tsv', fy: 2014 },
  { file: 'samukawa-gyoseikaikaku-h26.tsv' },
  { file: 'samukawa-gyoseikaikaku-h26.tsv', fy: 2014 },
  { file: 'etajima-sougousenryaku-h27.tsv' },
];

const options = (fy?: number) => (fy === undefined ? {} : { fiscalYear: fiscalYear(fy) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('other cities, the development set: read with every cell accounted for, or refused naming the file', () => {
  for (const t of fixtures) {
    it(`${t.file}${t.fy ? ` with fy ${t.fy}` : ''}`, async () => {
      let report: ImportedReport;
      try {
        report = requireComplete(await readReportFile(t.file, bytes(t.file), options(t.fy)));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(new RegExp(`^${escape(t.file)}, row \\d+: \\S`));
        expect(t.fully).toBeUndefined();
        return;
      }
      expect(report.kpis.length).toBeGreaterThan(0);
      if (t.year !== undefined) {
        expect(report.fiscalYear).toBe(t.year);
        const years = report.kpis.flatMap((k) => k.kpi.actuals.map((a) => a.fiscalYear));
        expect(new Set(years)).toEqual(new Set([t.year]));
      }
      unplacedAreReal(t.file, report);
      expect(unaccounted(t.file, report)).toEqual([]);
      const summary = checkReport(report).summary;
      expect(summary.kpis).toBe(report.kpis.length);
      expect(summary.matched).toBeLessThanOrEqual(summary.printed);
      if (t.fully) {
        expect(report.unplaced).toEqual([]);
        expect(summary.matched).toBe(summary.printed);
      }
    });
  }
});

describe('other cities, the development set: the fixtures themselves', () => {
  it('are all listed here, each with its source address and our checks', () => {
    for (const t of fixtures) {
      expect(text(t.file)).toMatch(/^# source: https?:\/\/\S+/);
      expect(text(t.file)).toMatch(/^# checks: /m);
    }
    expect(new Set(fixtures.map((t) => t.file)).size).toBe(14);
  });

  it('栗原市 stays read fully: 8 KPIs, 8 printed rates, 8 reproduced', async () => {
    const name = 'kurihara-shuchukaikaku-h22.tsv';
    const result = checkReport(await readReportFile(name, bytes(name)));
    expect(result.summary).toEqual({ kpis: 8, printed: 8, matched: 8 });
  });
});
