import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

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
