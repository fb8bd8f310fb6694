import { describe, expect, it } from 'vitest';
import { landingPath, returnPath } from './return-path.ts';

describe('returnPath', () => {
  it('returns to a path of the app with its query', () => {
    expect(returnPath('/plans/1/kpis/%E2%91%A6?fy=2023')).toBe('/plans/1/kpis/%E2%91%A6?fy=2023');
  });

  it('never leaves the site', () => {
    for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'x']) {
      expect(returnPath(next)).toBe('/');
    }
  });

  it('falls back to the plan list without a param, or from the sign-in page itself', () => {
    expect(returnPath(null)).toBe('/');
    expect(returnPath('/signin?next=/')).toBe('/');
  });
});

describe('landingPath', () => {
  it('takes an editor from the plan list to what it owes, anyone else back', () => {
    expect(landingPath(null, 'editor')).toBe('/rounds');
    expect(landingPath('/?lang=en', 'editor')).toBe('/rounds');
    expect(landingPath('/plans/1/kpis/%E2%91%A6', 'editor')).toBe('/plans/1/kpis/%E2%91%A6');
    expect(landingPath(null, 'admin')).toBe('/');
    expect(landingPath('//evil.example', 'editor')).toBe('/rounds');
  });
});
