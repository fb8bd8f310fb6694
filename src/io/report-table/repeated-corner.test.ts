import { describe, expect, it } from 'vitest';
import { repeatedCornerParts } from './repeated-corner.ts';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 2, cells }));

describe('a table printed in parts under a header whose corner is printed again', () => {
  const header = { row: 1, cells: ['調査日', '団体数', '会員数'] };

  it('is split into its parts, each with its rows', () => {
    const body = rows(
      ['令和2年4月1日', '12団体', '300人'],
      ['令和元年4月1日', '11団体', '280人'],
      ['調査日', '団体数', '女性会員数'],
      ['令和2年4月1日', '12団体', '150人'],
      ['令和元年4月1日', '11団体', '130人'],
    );
    const parts = repeatedCornerParts(header, body);
    expect(parts?.map((p) => [p.header.row, p.body.map((r) => r.row)])).toEqual([
      [1, [2, 3]],
      [4, [5, 6]],
    ]);
  });

  it('is no table in parts when the corner is not printed again, or the parts list other rows', () => {
    const one = rows(['令和2年4月1日', '12団体', '300人'], ['令和元年4月1日', '11団体', '280人']);
    expect(repeatedCornerParts(header, one)).toBeNull();
    const other = rows(
      ['令和2年4月1日', '12団体', '300人'],
      ['調査日', '団体数', '女性会員数'],
      ['平成31年4月1日', '10団体', '120人'],
    );
    expect(repeatedCornerParts(header, other)).toBeNull();
  });
});
