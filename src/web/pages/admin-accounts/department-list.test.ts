import { describe, expect, it } from 'vitest';
import { departmentsText, parseDepartments } from './department-list.ts';

describe('parseDepartments', () => {
  it('splits on Japanese and ASCII commas and line breaks, each department once', () => {
    expect(parseDepartments('企画課、総務課, 上下水道課\n企画課')).toEqual([
      '企画課',
      '総務課',
      '上下水道課',
    ]);
  });

  it('gives no department for an empty field', () => {
    expect(parseDepartments(' 、 ')).toEqual([]);
  });

  it('reads back the text it writes', () => {
    expect(parseDepartments(departmentsText(['情報政策課', '総務課']))).toEqual([
      '情報政策課',
      '総務課',
    ]);
  });
});
