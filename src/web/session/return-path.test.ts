import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path.ts';

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
