import { describe, expect, it } from 'vitest';
import { maskCredentials, secretsOfUrl } from './masked-credentials.ts';

describe('maskCredentials', () => {
  it('masks URL passwords and password parameters, keeping the rest readable', () => {
    expect(maskCredentials('postgres://u:pw@h:5432/db?password=pw2&sslmode=require')).toBe(
      'postgres://u:***@h:5432/db?password=***&sslmode=require',
    );
    expect(maskCredentials("host=h user=u password='a b' sslpassword=x dbname=d")).toBe(
      'host=h user=u password=*** sslpassword=*** dbname=d',
    );
    expect(maskCredentials('postgres://u@h/db')).toBe('postgres://u@h/db');
  });
  it("masks the secrets wherever a driver's message repeats them, percent-decoded too", () => {
    const url = 'postgres://u:p%40ss@h/db?password=other';
    expect(secretsOfUrl(url)).toEqual(['p%40ss', 'other', 'p@ss']);
    expect(maskCredentials('auth failed for "p@ss" and other', secretsOfUrl(url))).toBe(
      'auth failed for "***" and ***',
    );
  });
});
