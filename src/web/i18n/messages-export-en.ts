import type { exportJa } from './messages-export-ja.ts';

/** The downloads of the progress table, in English: the same keys as messages-export-ja.ts. */
export const exportEn: Record<keyof typeof exportJa, string> = {
  downloadMenu: 'Download',
  downloadLead: 'The progress table of {year} (approved figures only)',
  downloadLeadFiltered: 'The progress table of {year} (approved figures only; filtered: {filter})',
  downloadXlsx: 'Excel (.xlsx)',
  downloadPdf: 'PDF (A4 landscape, for print)',
  downloadCsvUtf8: 'CSV (UTF-8)',
  downloadCsvSjis: 'CSV (Shift_JIS)',
  downloadTidy: 'Open-data CSV',
  downloadJson: 'JSON',
  downloadFeed: 'Updates (publications and corrections)',
  downloadLicense: 'You may reuse the data with attribution: ',
  downloadSchema: 'JSON Schema',
};
