import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { readTsv } from '../../src/io/read-delimited.ts';
import { readReportFile } from '../../src/io/read-report-file.ts';
import { runCli, databaseEnv } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';
import { gridPdf } from '../support/grid-pdf.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const PLAN = '湯沢市行財政改革実施計画';

const run = runCli;

/**
 * A plan's JSON export without its narratives: a PDF's wrapped text comes back with a space
 * more or less where a line broke ("防災行政無線 LINE"), its figures exactly.
 */
const withoutNarratives = (json: unknown): unknown =>
  JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === 'narratives' ? [] : value)));

const exportArgs = (out: string, ...more: string[]) => [
  'export',
  '--plan',
  PLAN,
  '--fy',
  'R5',
  '--out',
  out,
  ...more,
];

eachDatabase((kind) => {
  it('exports XLSX and CSV (UTF-8, Shift_JIS) that `check` reads back with every rate', async () => {
    const env = await databaseEnv(kind);
    const dir = await mkdtemp(join(tmpdir(), 'mieruka-export-'));
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    for (const [name, flags] of [
      ['r5.xlsx', ['--format', 'xlsx']],
      ['r5.csv', ['--format', 'csv']],
      ['r5-sjis.csv', ['--format', 'csv', '--encoding', 'shift_jis']],
    ] as const) {
      const out = join(dir, name);
      const written = await run(env, ...exportArgs(out, ...flags));
      expect(written).toMatchObject({ code: 0, err: '' });
      expect(written.out).toMatch(/^Wrote .*: 湯沢市行財政改革実施計画 R5, 20 KPIs \(/);
      const checked = await run(env, 'check', out, '--json');
      expect(checked.code).toBe(0);
      const result = JSON.parse(checked.out) as { summary: object; unplaced: unknown[] };
      expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
      expect(result.unplaced).toEqual([]);
    }
    const sjis = await readFile(join(dir, 'r5-sjis.csv'));
    expect([...sjis.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it('imports its own XLSX and CSV into an empty database as the same plan and figures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mieruka-export-'));
    const source = await databaseEnv(kind);
    expect(
      (
        await run(
          source,
          'import',
          SAMPLE,
          '--plan',
          PLAN,
          '--create-plan',
          '--publish',
          '--fy',
          'R5',
        )
      ).code,
    ).toBe(0);
    const json = async (env: Record<string, string>, name: string) => {
      const out = join(dir, name);
      expect((await run(env, ...exportArgs(out, '--format', 'json'))).code).toBe(0);
      return JSON.parse(await readFile(out, 'utf8')) as unknown;
    };
    const expected = await json(source, 'source.json');
    for (const name of ['r5.xlsx', 'r5.csv']) {
      const file = join(dir, name);
      const format = name.endsWith('.xlsx') ? 'xlsx' : 'csv';
      expect((await run(source, ...exportArgs(file, '--format', format))).code).toBe(0);
      const empty = await databaseEnv(kind);
      const imported = await run(
        empty,
        'import',
        file,
        '--plan',
        PLAN,
        '--create-plan',
        '--publish',
        '--fy',
        'R5',
      );
      expect(imported.code, imported.err).toBe(0);
      expect(await json(empty, `${name}.json`)).toEqual(expected);
    }
  });

  it('writes the PDF: A4 landscape, printed by Chromium', async () => {
    const env = await databaseEnv(kind);
    const out = join(await mkdtemp(join(tmpdir(), 'mieruka-export-')), 'r5.pdf');
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const pdf = await run(env, ...exportArgs(out, '--format', 'pdf'));
    expect(pdf).toMatchObject({ code: 0, err: '' });
    expect(pdf.out).toBe(`Wrote ${out}: 湯沢市行財政改革実施計画 R5, 20 KPIs (pdf, report).`);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 842\.\d+ 595\.\d+\]/);
    // MIERUKA_CHROMIUM names another browser: a missing one is said in one line, nothing written.
    const elsewhere = join(dirname(out), 'elsewhere.pdf');
    const missing = await run(
      { ...env, MIERUKA_CHROMIUM: '/opt/no-such/chromium' },
      ...exportArgs(elsewhere, '--format', 'pdf'),
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^mieruka: PDF export needs Chromium at \/opt\/no-such\/chromium /);
    await expect(readFile(elsewhere)).rejects.toThrow(/ENOENT/);
  });

  it('imports the table printed to PDF as the TSV does (narratives aside), and again changes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mieruka-import-pdf-'));
    const pdf = join(dir, 'r5.pdf');
    await writeFile(pdf, await gridPdf(readTsv('yuzawa.tsv', await readFile(SAMPLE, 'utf8'))));
    const json = async (env: Record<string, string>, name: string) => {
      const out = join(dir, name);
      expect((await run(env, ...exportArgs(out, '--format', 'json'))).code).toBe(0);
      return withoutNarratives(JSON.parse(await readFile(out, 'utf8')));
    };
    const source = await databaseEnv(kind);
    expect(
      (
        await run(
          source,
          'import',
          SAMPLE,
          '--plan',
          PLAN,
          '--create-plan',
          '--publish',
          '--fy',
          'R5',
        )
      ).code,
    ).toBe(0);
    const env = await databaseEnv(kind);
    const imported = await run(
      env,
      'import',
      pdf,
      '--plan',
      PLAN,
      '--create-plan',
      '--publish',
      '--fy',
      'R5',
    );
    expect(imported.code, imported.err).toBe(0);
    expect(await json(env, 'from-pdf.json')).toEqual(await json(source, 'source.json'));
    const again = await run(
      env,
      'import',
      pdf,
      '--plan',
      PLAN,
      '--create-plan',
      '--publish',
      '--fy',
      'R5',
    );
    expect(again.code, again.err).toBe(0);
    expect(await json(env, 'again.json')).toEqual(await json(source, 'source.json'));
  });

  it('applies the table’s filters as the download does: its KPIs, its title, its file name', async () => {
    const env = await databaseEnv(kind);
    const dir = await mkdtemp(join(tmpdir(), 'mieruka-export-'));
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const filters = ['--policy', '2', '--dept', '企画課', '--tag', '★'];
    // A folder as --out: the file takes the name the download gets.
    const written = await run(env, ...exportArgs(dir, '--format', 'csv', ...filters));
    const name = `${PLAN}_R5_方針2_企画課_★_report.csv`;
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(written.out).toBe(
      `Wrote ${join(dir, name)}: ${PLAN} R5, 1 KPIs (csv, report, utf-8; filtered: basic policy 2, department: 企画課, ★).`,
    );
    const bytes = await readFile(join(dir, name));
    expect(new TextDecoder().decode(bytes).split('\n')[0]).toContain(
      '進捗状況（絞り込み：基本方針2・担当課：企画課・★）',
    );
    const read = await readReportFile(name, bytes);
    expect(read.kpis.map((k) => k.kpi.code)).toEqual(['⑦']);
    // A named file is written as named; the grade and the words filter too.
    const named = join(dir, 'graded.xlsx');
    const graded = await run(
      env,
      ...exportArgs(named, '--format', 'xlsx', '--grade', 'D', '--q', '訓練'),
    );
    expect(graded.code).toBe(0);
    const codes = (await readReportFile('graded.xlsx', await readFile(named))).kpis.map(
      (k) => k.kpi.code,
    );
    // ⑱ 50% (its narrative's 各種訓練) and ⑲ 0% (インシデント発生を想定した訓練), both D.
    expect(codes).toEqual(['⑱', '⑲']);
  });

  it('refuses a blank or overlong filter, naming its flag', async () => {
    const env = await databaseEnv(kind);
    const out = join(await mkdtemp(join(tmpdir(), 'mieruka-export-')), 'r5.csv');
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    expect(await run(env, ...exportArgs(out, '--format', 'csv', '--dept', '  '))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^mieruka: --dept: /),
    });
    const long = await run(env, ...exportArgs(out, '--format', 'csv', '--q', 'あ'.repeat(201)));
    expect(long).toMatchObject({ code: 1, err: expect.stringMatching(/^mieruka: --q: .*200/) });
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('writes the evaluation sheets (--shape sheets): a worksheet per theme program and per KPI', async () => {
    const env = await databaseEnv(kind);
    const out = join(await mkdtemp(join(tmpdir(), 'mieruka-export-')), 'sheets.xlsx');
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const written = await run(env, ...exportArgs(out, '--format', 'xlsx', '--shape', 'sheets'));
    expect(written).toMatchObject({ code: 0, err: '' });
    expect(written.out).toContain('20 KPIs (xlsx, sheets)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['テーマ1', '①', '②']);
    const cells: string[] = [];
    workbook.getWorksheet('⑦')?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toEqual(expect.arrayContaining(['指標の定義', '実績の推移', '評価']));
  });

  it('answers a bad option and a missing plan with one line and its exit code', async () => {
    const env = await databaseEnv(kind);
    const out = join(await mkdtemp(join(tmpdir(), 'mieruka-export-')), 'r5.csv');
    expect((await run(env, ...exportArgs(out, '--format', 'docx'))).code).toBe(2);
    expect((await run(env, 'export', '--plan', PLAN, '--format', 'csv', '--out', out)).code).toBe(
      2,
    );
    expect(await run(env, ...exportArgs(out, '--format', 'csv'))).toMatchObject({
      code: 1,
      err: 'mieruka: no plan named "湯沢市行財政改革実施計画"',
    });
    expect(
      (await run(env, 'import', SAMPLE, '--plan', PLAN, '--create-plan', '--publish', '--fy', 'R5'))
        .code,
    ).toBe(0);
    const tidyXlsx = await run(env, ...exportArgs(out, '--format', 'xlsx', '--shape', 'tidy'));
    expect(tidyXlsx).toMatchObject({ code: 1, err: expect.stringMatching(/^mieruka: shape: /) });
    const sheetsCsv = await run(env, ...exportArgs(out, '--format', 'csv', '--shape', 'sheets'));
    expect(sheetsCsv).toMatchObject({ code: 1, err: expect.stringMatching(/^mieruka: shape: /) });
    const help = await run(env, 'export', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--format <format>.*\(choices: "xlsx", "pdf", "csv", "json"\)/s);
  });
});
