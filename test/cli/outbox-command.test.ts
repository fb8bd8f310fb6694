import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { recordingContext } from '../../src/cli/test-context.ts';
import type { OutboxView } from '../../src/domain/api-contract.ts';
import { createDatabaseUrl, eachDatabase } from '../support/databases.ts';

const SAMPLE = new URL('../../sample/yuzawa-r5-kpi-report.tsv', import.meta.url).pathname;
const PLAN = '湯沢市行財政改革実施計画';

async function run(env: Record<string, string>, argv: string[], stdin = '') {
  const context = { ...recordingContext(process.cwd(), stdin), env };
  const code = await main(argv, context);
  return { code, out: context.out.join('\n'), err: context.err.join('\n') };
}

eachDatabase((kind) => {
  const target = { kind, env: async () => ({ DATABASE_URL: (await createDatabaseUrl(kind)).url }) };
  describe('mieruka outbox', () => {
    it('prints the round’s e-mails with their state and text, as JSON too, by plan and unsent', async () => {
      const env = {
        ...(await target.env()),
        MIERUKA_PUBLIC_URL: 'https://kpi.city.example.jp',
      };
      expect(
        (
          await run(env, [
            'import',
            SAMPLE,
            '--plan',
            PLAN,
            '--create-plan',
            '--publish',
            '--fy',
            'R5',
          ])
        ).code,
      ).toBe(0);
      const added = await run(
        env,
        [
          'user',
          'add',
          'kikaku@city.example.jp',
          '--role',
          'editor',
          '--department',
          '企画課',
          '--name',
          '企画 太郎',
        ],
        'a long password here\n',
      );
      expect(added.code).toBe(0);
      expect(await run(env, ['outbox'])).toMatchObject({
        code: 0,
        out: '0 messages; SMTP_URL is not set, so none is sent: copy them from here.',
      });
      const opened = await run(env, [
        ...['round', 'open', '--plan', PLAN, '--fy', 'R6', '--due', '2025-05-31'],
      ]);
      expect(opened.code).toBe(0);

      const shown = await run(env, ['outbox', '--plan', PLAN]);
      expect(shown.code).toBe(0);
      const lines = shown.out.split('\n');
      expect(lines.slice(0, 6)).toEqual([
        '1 message; SMTP_URL is not set, so none is sent: copy them from here.',
        '',
        expect.stringMatching(/^#\d+ pending · round\.open · R6$/),
        'To: kikaku@city.example.jp',
        `Subject: 【照会】${PLAN} 令和6年度実績の入力のお願い（期限 2025-05-31）`,
        '',
      ]);
      expect(lines).toContain('  企画 太郎 様');
      expect(lines.filter((l) => l.startsWith('  ・')).map((l) => l.slice(3, 4))).toEqual([
        '⑦',
        '⑧',
        '⑨',
        '⑩',
        '⑪',
        '⑫',
      ]);
      expect(lines.at(-1)).toMatch(
        /^ {2}入力ページ: https:\/\/kpi\.city\.example\.jp\/plans\/\d+\/rounds\/2024$/,
      );

      const json = await run({ ...env, SMTP_URL: 'smtp://u:s3cret@127.0.0.1:1' }, [
        'outbox',
        '--json',
        '--pending',
      ]);
      expect(json.code).toBe(0);
      const view = JSON.parse(json.out) as OutboxView;
      expect(view).toMatchObject({ smtpConfigured: true, from: 'mieruka@localhost' });
      expect(view.messages).toHaveLength(1);
      expect(view.messages[0]).toMatchObject({
        kind: 'round.open',
        recipient: 'kikaku@city.example.jp',
        state: 'pending',
        attempts: 0,
        fiscalYear: 2024,
      });
      expect(json.out).not.toContain('s3cret');
    });

    it('refuses a plan it does not know (1) and wrong usage (2); --help says what it prints', async () => {
      const env = await target.env();
      expect(await run(env, ['outbox', '--plan', 'なし'])).toMatchObject({
        code: 1,
        out: '',
        err: expect.stringMatching(/no plan named "なし"/),
      });
      expect((await run(env, ['outbox', '--limit', 'x'])).code).toBe(1);
      expect((await run(env, ['outbox', '--bogus'])).code).toBe(2);
      const help = await run(env, ['outbox', '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(/--pending/);
      expect(help.out).toMatch(/--json/);
    });
  });
});
