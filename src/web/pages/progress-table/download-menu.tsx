import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { OPEN_DATA_LICENSE } from '../../../domain/open-data-license.ts';
import { apiPaths } from '../../api/api-client.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { useView } from '../../view-context.tsx';
import { yearLabel } from '../../format/year-label.ts';

const DOWNLOADS: readonly { readonly label: MessageKey; readonly query: string }[] = [
  { label: 'downloadXlsx', query: 'format=xlsx' },
  { label: 'downloadPdf', query: 'format=pdf' },
  { label: 'downloadCsvUtf8', query: 'format=csv&encoding=utf-8' },
  { label: 'downloadCsvSjis', query: 'format=csv&encoding=shift_jis' },
  { label: 'downloadTidy', query: 'format=csv&shape=tidy' },
  { label: 'downloadJson', query: 'format=json' },
];

/**
 * The shown year's report as files, plain links to GET …/exports/report (the server names the
 * file and sends only what the reader may see). The table's filters are not applied yet.
 */
export function DownloadMenu(props: { planId: number; year: FiscalYear }) {
  const { t, lang } = useView();
  return (
    <details className="download-menu no-print">
      <summary>{t('downloadMenu')}</summary>
      <p>{t('downloadLead', { year: yearLabel(props.year, lang) })}</p>
      <ul>
        {DOWNLOADS.map((d) => (
          <li key={d.query}>
            <a href={apiPaths.reportExport(props.planId, props.year, d.query)} download>
              {t(d.label)}
            </a>
          </li>
        ))}
        <li>
          <a href={apiPaths.exportSchema()}>{t('downloadSchema')}</a>
        </li>
        <li>
          <a href={apiPaths.feed(props.planId)} type="application/atom+xml">
            {t('downloadFeed')}
          </a>
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
