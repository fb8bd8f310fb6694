import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../domain/api-contract.ts';
import { isMember, mayEnter, mayPublish } from './session-actor.ts';

const yuzawa = { id: 1, code: '052078', name: '湯沢市' };
const account = (role: AccountView['role'], departments: string[]): AccountView => ({
  id: 7,
  email: `${role}@example.jp`,
  name: role,
  role,
  departments,
  disabled: false,
  municipality: yuzawa,
  version: 1,
  passwordTemporary: false,
});

describe('mayEnter', () => {
  it('lets an editor of 企画課 enter ⑦ (企画課) but not an editor of 情報政策課', () => {
    expect(mayEnter(account('editor', ['企画課']), 1, ['企画課'])).toBe(true);
    expect(mayEnter(account('editor', ['情報政策課']), 1, ['企画課'])).toBe(false);
  });

  it('lets an editor of several departments enter a KPI of any of them (⑰)', () => {
    const editor = account('editor', ['総務課', '上下水道課']);
    expect(mayEnter(editor, 1, ['情報政策課', '上下水道課'])).toBe(true);
  });

  it('lets an admin enter every KPI of its municipality, and nobody another city’s', () => {
    expect(mayEnter(account('admin', []), 1, ['企画課'])).toBe(true);
    expect(mayEnter(account('admin', []), 2, ['企画課'])).toBe(false);
    expect(mayEnter(account('editor', ['企画課']), 2, ['企画課'])).toBe(false);
  });

  it('lets an editor of 上下水道課 enter ⑰’s 上下水道課 row only; an admin every row', () => {
    const kpi17 = ['総務課', '情報政策課', '上下水道課'];
    const editor = account('editor', ['上下水道課']);
    expect(mayEnter(editor, 1, kpi17, '上下水道課')).toBe(true);
    expect(mayEnter(editor, 1, kpi17, '総務課')).toBe(false);
    expect(mayEnter(account('admin', []), 1, kpi17, '総務課')).toBe(true);
    expect(mayEnter(account('viewer', ['上下水道課']), 1, kpi17, '上下水道課')).toBe(false);
  });

  it('never lets a viewer or a visitor enter anything', () => {
    expect(mayEnter(account('viewer', ['企画課']), 1, ['企画課'])).toBe(false);
    expect(mayEnter(null, 1, ['企画課'])).toBe(false);
  });
});

describe('mayPublish', () => {
  it('lets only an admin of the municipality publish or withdraw a year', () => {
    expect(mayPublish(account('admin', []), 1)).toBe(true);
    expect(mayPublish(account('admin', []), 2)).toBe(false);
    expect(mayPublish(account('editor', ['企画課']), 1)).toBe(false);
    expect(mayPublish(account('viewer', []), 1)).toBe(false);
    expect(mayPublish(null, 1)).toBe(false);
  });
});

describe('isMember', () => {
  it('is true for any role of the municipality, false for others and visitors', () => {
    expect(isMember(account('viewer', []), 1)).toBe(true);
    expect(isMember(account('admin', []), 2)).toBe(false);
    expect(isMember(null, 1)).toBe(false);
  });
});
