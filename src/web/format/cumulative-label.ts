import type { CumulativeLabel } from '../../domain/model.ts';
import type { MessageKey } from '../i18n/messages-ja.ts';

/** The catalog key of each printed label of a cumulative row (累計, 合計 as ⑱ prints it). */
export const CUMULATIVE_LABEL_KEY = {
  累計: 'cumulative',
  合計: 'total',
} as const satisfies Record<CumulativeLabel, MessageKey>;
