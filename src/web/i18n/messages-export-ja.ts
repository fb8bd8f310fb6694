/** The downloads of the progress table (Excel, CSV, open data, JSON); merged into messages-ja.ts. */
export const exportJa = {
  downloadMenu: 'ダウンロード',
  downloadLead: '{year}の進捗状況（承認済みの数値のみ）',
  downloadLeadFiltered: '{year}の進捗状況（承認済みの数値のみ。絞り込み「{filter}」を反映します）',
  downloadXlsx: 'Excel（.xlsx）',
  downloadPdf: 'PDF（A4横・印刷用）',
  downloadCsvUtf8: 'CSV（UTF-8）',
  downloadCsvSjis: 'CSV（Shift_JIS）',
  downloadTidy: 'オープンデータCSV',
  downloadJson: 'JSON',
  downloadFeed: '更新情報（公表・訂正のお知らせ）',
  downloadLicense: 'データは出典を記載すれば自由に利用できます：',
  downloadSchema: 'JSONのスキーマ',
};
