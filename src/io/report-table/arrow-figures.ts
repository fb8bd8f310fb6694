import type { DescribedFigure } from '../../domain/described-figure.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';

/**
 * A cell printing where a KPI starts and where it is to go, joined by an arrow (「60.0→70.0」
 * under 「現状値→目標値」, 「12人 → 0人」): the two figures, each read as a figure cell is. Null
 * unless the cell holds exactly two figures around one arrow.
 * @example arrowFigures('60.0→70.0') // { from: 60.0, fromText: '60.0', to: 70.0, toText: '70.0' }
 */
export function arrowFigures(text: string): {
  readonly from: DescribedFigure;
  readonly fromText: string;
  readonly to: DescribedFigure;
  readonly toText: string;
} | null {
  // Most cells hold no arrow: a character search first.
  if (!/[→⇒➡]/.test(text)) return null;
  const parts = text.split(/[→⇒➡]/).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const [fromText = '', toText = ''] = parts;
  const from = parseDescribedFigure(fromText);
  const to = parseDescribedFigure(toText);
  if (from?.parsed.figure.value == null || to?.parsed.figure.value == null) return null;
  return { from, fromText, to, toText };
}
