import { groupDigits } from '../../domain/digit-grouping.ts';
import type { Projection } from '../../domain/projection.ts';
import type { Translate } from '../i18n/i18n.ts';
import { withUnit } from './number-text.ts';

/**
 * A projection as people read it: the server's value at the KPI's own precision with its unit
 * (283,179 m², 8.27 億円), or 見込みなし where the trend line says nothing. Never recomputed here.
 */
export function projectionValueText(projection: Projection, unit: string, t: Translate): string {
  return projection.projectedText === null
    ? t('projectionNone')
    : withUnit(groupDigits(projection.projectedText), unit);
}
