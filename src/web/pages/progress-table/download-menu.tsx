import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { OPEN_DATA_LICENSE } from '../../../domain/open-data-license.ts';
import type { TableQuery } from '../../../domain/report-query.ts';
import { describeQuery, isFiltered } from '../../../domain/report-query.ts';
import { apiPaths } from '../../api/api-client.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { useView } from '../../view-context.tsx';
import { Link } from '../../routing/link.tsx';
import { yearLabel } from '../../format/year-label.ts';

const DOWNLOADS: readonly { readonly label: MessageKey; readonly query: string }[] = [
  { label: 'downloadXlsx', query: 'format=xlsx' },
  { label: 'downloadPdf', query: 'format=pdf' },
  { label: 'downloadCsvUtf8', query: 'format=csv&encoding=utf-8' },
  { label: 'downloadCsvSjis', query: 'format=csv&encoding=shift_jis' },
  { label: 'downloadTidy', query: 'format=csv&shape=tidy' },
  { label: 'downloadJson', query: 'format=json' },
];

/** The table's filters as the export's query: the same names the table's own address uses. */
export function filterQuery(query: TableQuery): string {
  const params = new URLSearchParams();
  if (query.policy !== null) params.set('policy', query.policy);
  if (query.department !== null) params.set('dept', query.department);
  if (query.tag !== null) params.set('tag', query.tag);
  if (query.grade !== null) params.set('grade', query.grade);
  if (query.text.trim() !== '') params.set('q', query.text.trim());
  const text = params.toString();
  return text === '' ? '' : `&${text}`;
}

/**
 * The shown year's report as files, plain links to GET …/exports/report (the server names the
 * file and sends only what the reader may see), with the table's filters applied: the file
 * holds the KPIs the table shows, and says so in its name and title.
 */
export function DownloadMenu(props: { planId: number; year: FiscalYear; query: TableQuery }) {
  const { t, lang, to } = useView();
  const filters = filterQuery(props.query);
  const year = yearLabel(props.year, lang);
  return (
    <details className="download-menu no-print">
      <summary>{t('downloadMenu')}</summary>
      <p>
        {isFiltered(props.query)
          ? t('downloadLeadFiltered', { year, filter: describeQuery(props.query, lang) })
          : t('downloadLead', { year })}
      </p>
      <ul>
        {DOWNLOADS.map((d) => (
          <li key={d.query}>
            <a href={apiPaths.reportExport(props.planId, props.year, d.query + filters)} download>
              {t(d.label)}
            </a>
          </li>
        ))}
        <li>
          <a href={apiPaths.exportSchema()}>{t('downloadSchema')}</a>
        </li>
        <li>
          <Link href={to({ page: 'updates', planId: props.planId })}>{t('downloadFeed')}</Link>
        </li>
      </ul>
      <p className="download-menu__license">
        {t('downloadLicense')}{' '}
        <a href={OPEN_DATA_LICENSE.url} rel="license">
          {OPEN_DATA_LICENSE.name}
        </a>
      </p>
    </details>
  );
}
