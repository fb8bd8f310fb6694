import type { publicJa } from './messages-public-ja.ts';

/** The public site's texts in English: the same keys as messages-public-ja.ts. */
export const publicEn: Record<keyof typeof publicJa, string> = {
  cardLatest: 'Latest',
  cardTrend: 'Trend: {values}',
  cardDepartments: 'By department',
  cardNarrative: 'Read what was done',
  gradeLegendTitle: 'Grades',
  gradeLegendCut: '{grade}: rate {cut}% or more',
  gradeLegendBelow: '{grade}: rate below {cut}%',
  gradeLegendOnly: '{grade}: every rate',
  gradeLegendNone: 'No grade: no target or no actual, so no rate',
  achievedShareNote: '{achieved} KPIs at 100% or more of {withRate} with a rate',
  averageRateNote:
    'The plain average of the KPIs’ rates: a KPI far above 100% can hide one that missed (with each rate capped at 100%: {capped}).',
  yearWithoutData: 'There are no figures for {year}.',
  yearWithoutDataHelp: 'Years with figures: {years}',
  noYearsYet: 'No year has figures yet.',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you asked for was not found. Please check the address.',
  notFoundBack: 'To the plans',
  crashTitle: 'The page could not be shown',
  crashText: 'Something unexpected went wrong. Reload the page, or open it again from the plans.',
  crashReload: 'Reload',
  errorValidation: 'Some of the input is not valid.',
  errorNotFoundApi: 'The data asked for was not found.',
  errorRateLimited: 'Too many requests: please wait a moment and try again.',
  errorServer: 'The server ran into a problem. Please try again later.',
  errorDetail: 'Detail: {message}',
  reductionProgress: 'Reduction: {done} reduced from the baseline of {planned} planned ({rate})',
  reductionProgressNone: 'Reduction: cannot be computed (no baseline or no actual).',
};
