import { describe, expect, it } from 'vitest';
import { sameNarrative } from './narrative-text.ts';

describe('sameNarrative', () => {
  const seventh = '寺沢倉庫などの譲渡のほか、旧皆瀬庁舎や三梨老人憩いの家の解体など';

  it('reads a narrative with its lines broken elsewhere as the same (⑦ from the PDF)', () => {
    expect(
      sameNarrative(seventh, '寺沢倉庫などの譲渡のほか、\n旧皆瀬庁舎や三梨老人憩いの家の解体など'),
    ).toBe(true);
    expect(sameNarrative(seventh, `  ${seventh}\r\n`)).toBe(true);
    expect(sameNarrative('LINE 登録者数', 'LINE\u3000登録者数')).toBe(true);
  });

  it('keeps a change of words a change', () => {
    expect(sameNarrative(seventh, seventh.replace('寺沢', '湯沢'))).toBe(false);
    // Between Latin words a break is a space, not nothing.
    expect(sameNarrative('Wi-Fi 整備', 'Wi-Fi整備')).toBe(false);
    expect(sameNarrative('open data', 'opendata')).toBe(false);
  });
});
