import type * as PdfPageContent from './pdf-page-content.ts';
import { keepingBuiltins } from './keep-builtins.ts';

let loaded: Promise<typeof PdfPageContent> | undefined;

/**
 * pdf-page-content.ts (and pdfjs-dist with it), loaded the first time a PDF is read and not
 * before, with the thread's built-ins kept as they were (keep-builtins.ts): reading CSV and
 * Excel files never pays for pdfjs, and nothing else runs on core-js's replacements.
 */
export function pdfPageContent(): Promise<typeof PdfPageContent> {
  loaded ??= keepingBuiltins(() => import('./pdf-page-content.ts'));
  return loaded;
}
