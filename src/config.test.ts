import { describe, expect, it } from 'vitest';
import { loadConfig, publicUrlWarning } from './config.ts';

describe('loadConfig', () => {
  it('gives a newcomer SQLite in ./data, port 3000, info logs and the demo city', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      database: { kind: 'sqlite', file: './data/mieruka.db' },
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      municipality: { code: '052078', name: '湯沢市' },
      secureCookies: false,
      chromiumPath: '/usr/bin/chromium',
      trustProxy: false,
      mail: {
        smtpUrl: undefined,
        from: 'mieruka@localhost',
        publicUrl: 'http://localhost:3000',
        publicUrlSet: false,
        reminderDays: 7,
      },
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.database)).toBe(true);
  });

  it('marks session cookies Secure when MIERUKA_SECURE_COOKIES says so, refusing anything else', () => {
    expect(loadConfig({ MIERUKA_SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
    expect(loadConfig({ MIERUKA_SECURE_COOKIES: '0' }).secureCookies).toBe(false);
    expect(() => loadConfig({ MIERUKA_SECURE_COOKIES: 'yes please' })).toThrow(
      /MIERUKA_SECURE_COOKIES/,
    );
  });

  it('trusts a proxy’s X-Forwarded-For only as MIERUKA_TRUST_PROXY says, refusing a bad entry', () => {
    expect(loadConfig({ MIERUKA_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ MIERUKA_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(
      loadConfig({ MIERUKA_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,fd00::/8,loopback' }).trustProxy,
    ).toEqual(['10.0.0.5', '10.1.0.0/16', 'fd00::/8', 'loopback']);
    expect(() => loadConfig({ MIERUKA_TRUST_PROXY: '10.0.0.0/33' })).toThrow(
      /MIERUKA_TRUST_PROXY: .*10\.0\.0\.0\/33/,
    );
    expect(() => loadConfig({ MIERUKA_TRUST_PROXY: 'proxy.city.example' })).toThrow(
      /MIERUKA_TRUST_PROXY/,
    );
  });

  it('takes the municipality from MIERUKA_MUNICIPALITY_CODE and _NAME, refusing a bad code', () => {
    const config = loadConfig({
      MIERUKA_MUNICIPALITY_CODE: '212059',
      MIERUKA_MUNICIPALITY_NAME: '関市',
    });
    expect(config.municipality).toEqual({ code: '212059', name: '関市' });
    expect(() => loadConfig({ MIERUKA_MUNICIPALITY_CODE: '5207' })).toThrow(
      /MIERUKA_MUNICIPALITY_CODE/,
    );
  });

  it('reads SMTP_URL, MAIL_FROM, MIERUKA_PUBLIC_URL and MIERUKA_REMINDER_DAYS', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://kpi%40city.example.jp:s3cret@mail.city.example.jp:465',
      MAIL_FROM: '湯沢市 企画課 <kikaku@city.example.jp>',
      MIERUKA_PUBLIC_URL: 'https://kpi.city.example.jp/',
      MIERUKA_REMINDER_DAYS: '10',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://kpi%40city.example.jp:s3cret@mail.city.example.jp:465',
      from: '湯沢市 企画課 <kikaku@city.example.jp>',
      publicUrl: 'https://kpi.city.example.jp',
      publicUrlSet: true,
      reminderDays: 10,
    });
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).mail.smtpUrl).toBe(
      'smtp://127.0.0.1:2525',
    );
  });

  it('points links at the server’s own port when MIERUKA_PUBLIC_URL is unset, and warns off this machine', () => {
    expect(loadConfig({ PORT: '8080' }).mail.publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: 'kpi.city.example', PORT: '80' }).mail.publicUrl).toBe(
      'http://kpi.city.example:80',
    );
    expect(publicUrlWarning(loadConfig({ PORT: '8080' }))).toContain(
      'MIERUKA_PUBLIC_URL is not set: links in e-mails and the feed point at http://localhost:8080',
    );
    expect(publicUrlWarning(loadConfig({ HOST: '127.0.0.1' }))).toBeNull();
    expect(
      publicUrlWarning(loadConfig({ MIERUKA_PUBLIC_URL: 'https://kpi.example.jp' })),
    ).toBeNull();
  });

  it('reads MIERUKA_CHROMIUM, an absolute path, Debian’s Chromium by default', () => {
    expect(loadConfig({}).chromiumPath).toBe('/usr/bin/chromium');
    expect(loadConfig({ MIERUKA_CHROMIUM: '/opt/chromium/chrome' }).chromiumPath).toBe(
      '/opt/chromium/chrome',
    );
    expect(() => loadConfig({ MIERUKA_CHROMIUM: 'chromium' })).toThrow(
      /MIERUKA_CHROMIUM: expected an absolute path/,
    );
  });

  it('refuses a bad SMTP_URL without repeating its password', () => {
    for (const SMTP_URL of [
      'http://u:s3cret@mail.example.jp',
      'mail.example.jp:s3cret',
      'smtp://',
    ]) {
      expect(() => loadConfig({ SMTP_URL })).toThrow(
        /^invalid environment: SMTP_URL: expected smtp/,
      );
      expect(() => loadConfig({ SMTP_URL })).not.toThrow(/s3cret/);
    }
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MIERUKA_PUBLIC_URL: 'kpi.city.example.jp' })).toThrow(
      /MIERUKA_PUBLIC_URL/,
    );
    expect(() => loadConfig({ MIERUKA_REMINDER_DAYS: '-1' })).toThrow(/MIERUKA_REMINDER_DAYS/);
    expect(() => loadConfig({ MIERUKA_REMINDER_DAYS: '91' })).toThrow(/MIERUKA_REMINDER_DAYS/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['/srv/mieruka/data.db', { kind: 'sqlite', file: '/srv/mieruka/data.db' }],
    ['data/x.db', { kind: 'sqlite', file: 'data/x.db' }],
    ['sqlite:data/x.db', { kind: 'sqlite', file: 'data/x.db' }],
    ['sqlite:///srv/x.db', { kind: 'sqlite', file: '/srv/x.db' }],
    ['sqlite::memory:', { kind: 'sqlite', file: ':memory:' }],
    ['postgres://u@db:5432/mieruka', { kind: 'postgres', url: 'postgres://u@db:5432/mieruka' }],
    ['postgresql://db/mieruka', { kind: 'postgres', url: 'postgresql://db/mieruka' }],
  ])('reads DATABASE_URL %s', (url, database) => {
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual(database);
  });

  it('reads PORT, HOST and LOG_LEVEL', () => {
    const config = loadConfig({ PORT: '8080', HOST: '127.0.0.1', LOG_LEVEL: 'debug' });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', logLevel: 'debug' });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://db/x' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'sqlite:' }, /DATABASE_URL/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
