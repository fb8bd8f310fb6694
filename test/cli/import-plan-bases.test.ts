import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { databaseEnv, runCli as run } from '../support/cli-run.ts';
import { eachDatabase } from '../support/databases.ts';

/*
 * KPIs rated against their yearly plans: a table printing each year's plan beside its result
 * is imported with the plans as milestones and the basis that reproduces its rates, and the
 * engine then rates every year of the stored plan so.
 */

/** 行政改革 効果額 (千円): a plan and a result a year, one 達成率 of Σ実績 ÷ Σ計画. */
const SAVINGS = [
  '行政改革実施計画 効果額の状況 (令和5年度)',
  '(単位:千円)',
  '取組項目\t計画効果額 R3\t実績効果額 R3\t計画効果額 R4\t実績効果額 R4\t計画効果額 R5\t実績効果額 R5\t達成率',
  '事務事業の見直し\t30,000\t29,500\t30,000\t30,000\t30,000\t30,000\t99.4%',
  '補助金の見直し\t10,000\t8,000\t12,000\t12,500\t14,000\t13,100\t93.3%',
].join('\n');

/** 総合戦略: the year's own target beside the plan's final one; the rate against the year's. */
const MILESTONES = [
  '総合戦略 KPI 進捗 (令和5年度)',
  '指標\t基準値(R2)\tR5目標\tR5実績\t達成率\t目標値(R7)',
  '移住者数(人)\t100\t120\t114\t95.0%\t150',
  '観光入込客数(千人)\t50\t60\t63\t105.0%\t80',
].join('\n');

interface ExportedKpi {
  code: string;
  basis: string;
  target: { value: string; fiscalYear: number } | null;
  milestones: { fiscalYear: number; figure: { value: string } }[];
  result: { rate: string | null };
}

async function exported(env: Record<string, string>, plan: string, year: string) {
  const dir = await mkdtemp(join(tmpdir(), 'mieruka-bases-'));
  const out = join(dir, `${year}.json`);
  const written = await run(
    env,
    'export',
    '--plan',
    plan,
    '--fy',
    year,
    '--format',
    'json',
    '--out',
    out,
  );
  expect(written.code, written.err).toBe(0);
  const json = JSON.parse(await readFile(out, 'utf8')) as {
    plan: { policies: { themes: { kpis: ExportedKpi[] }[] }[] };
  };
  return json.plan.policies.flatMap((p) => p.themes.flatMap((t) => t.kpis));
}

async function imported(env: Record<string, string>, text: string, plan: string) {
  const dir = await mkdtemp(join(tmpdir(), 'mieruka-bases-'));
  const file = join(dir, 'table.tsv');
  await writeFile(file, text);
  const result = await run(env, 'import', file, '--plan', plan, '--create-plan');
  expect(result.code, result.err).toBe(0);
}

eachDatabase((kind) => {
  it('stores Σ実績 ÷ Σ計画 as the basis and rates each year by the plans up to it', async () => {
    const env = await databaseEnv(kind);
    await imported(env, SAVINGS, '行革');
    const r5 = await exported(env, '行革', 'R5');
    expect(r5.map((k) => [k.code, k.basis, k.result.rate])).toEqual([
      ['1', 'milestone-sum', '99.4%'],
      ['2', 'milestone-sum', '93.3%'],
    ]);
    expect(r5[0]?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2021, '30000'],
      [2022, '30000'],
    ]);
    // R4: (29,500 + 30,000) ÷ 60,000 = 99.2%; (8,000 + 12,500) ÷ 22,000 = 93.2%.
    const r4 = await exported(env, '行革', 'R4');
    expect(r4.map((k) => k.result.rate)).toEqual(['99.2%', '93.2%']);
    // The printed report shows the yearly plans (計画値), so `check` reproduces its own rates.
    const dir = await mkdtemp(join(tmpdir(), 'mieruka-bases-'));
    for (const format of ['xlsx', 'csv'] as const) {
      const out = join(dir, `r5.${format}`);
      const written = await run(
        env,
        'export',
        '--plan',
        '行革',
        '--fy',
        'R5',
        '--format',
        format,
        '--out',
        out,
      );
      expect(written.code, written.err).toBe(0);
      const checked = await run(env, 'check', out, '--json');
      expect(checked.code, checked.err).toBe(0);
      const result = JSON.parse(checked.out) as { summary: object; kpis: { basis: string }[] };
      expect(result.summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
      expect(result.kpis.map((k) => k.basis)).toEqual(['milestone-sum', 'milestone-sum']);
    }
  });

  it('stores the year’s own plan as a milestone and the final target as the target, the rate against the year’s', async () => {
    const env = await databaseEnv(kind);
    await imported(env, MILESTONES, '戦略');
    const r5 = await exported(env, '戦略', 'R5');
    expect(r5.map((k) => [k.basis, k.target?.value, k.target?.fiscalYear, k.result.rate])).toEqual([
      ['milestone', '150', 2025, '95.0%'],
      ['milestone', '80', 2025, '105.0%'],
    ]);
    expect(r5.map((k) => k.milestones.map((m) => [m.fiscalYear, m.figure.value]))).toEqual([
      [[2023, '120']],
      [[2023, '60']],
    ]);
  });
});
