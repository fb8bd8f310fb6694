/** The languages Mieruka speaks: Japanese first, English available. */
export type Language = 'ja' | 'en';
