import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OPS, VerbosityLevel, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../import-problem.ts';
import { MAX_PDF_PAGES, formatLimit } from '../read-limits.ts';
import type { Matrix } from './pdf-text-state.ts';
import { IDENTITY, TextState, multiply, shownItems } from './pdf-text-state.ts';

/*
 * The one place that knows pdfjs-dist: a PDF's pages as the text runs and the ruling lines
 * (cell borders) drawn on them, in points from the page's top-left corner, read in one pass
 * over each page's operator list (pdf-text-state.ts keeps the text position). Everything that
 * rebuilds a table from them works on these plain values.
 */

/** A run of text as the page shows it: its left edge, baseline and font size. */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A thin filled or stroked rectangle: a cell border, vertical or horizontal. */
export interface Rule {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface PageContent {
  readonly runs: readonly TextRun[];
  readonly rules: readonly Rule[];
}

/** Thicker than this (points) is a shaded area, not a border. */
const RULE_THICKNESS = 2.5;

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PAINTS = new Set<number>([
  OPS.fill,
  OPS.eoFill,
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/** pdfjs's transforms and boxes are plain arrays (or typed ones): read as numbers, or not at all. */
function numbers(value: unknown, count: number): number[] | undefined {
  const items: readonly unknown[] | undefined = Array.isArray(value)
    ? value
    : value instanceof Float32Array || value instanceof Float64Array
      ? Array.from(value)
      : undefined;
  const list = items?.map(Number);
  return list && list.length >= count && list.every(Number.isFinite) ? list : undefined;
}

function matrix(value: unknown): Matrix | undefined {
  const [a, b, c, d, e, f] = numbers(value, 6) ?? [];
  return a === undefined || b === undefined || c === undefined || d === undefined
    ? undefined
    : [a, b, c, d, e ?? 0, f ?? 0];
}

function box(m: Matrix, [x0, y0, x1, y1]: readonly number[], pad: number): Rule {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [x0 ?? 0, y0 ?? 0],
    [x1 ?? 0, y1 ?? 0],
    [x0 ?? 0, y1 ?? 0],
    [x1 ?? 0, y0 ?? 0],
  ] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  return {
    left: Math.min(...xs) - pad,
    top: Math.min(...ys) - pad,
    right: Math.max(...xs) + pad,
    bottom: Math.max(...ys) + pad,
  };
}

/** Feeds one text operator to the text state; false when `op` is not one. */
function textOperator(text: TextState, op: number, args: unknown, ctm: Matrix): boolean {
  const list: readonly unknown[] = Array.isArray(args) ? args : [];
  // Read only where an operator has them: a page runs thousands of showText.
  const at = (index: number) => Number(list[index]) || 0;
  switch (op) {
    case OPS.beginText:
      text.begin();
      return true;
    case OPS.setFont:
      text.font(at(1));
      return true;
    case OPS.setCharSpacing:
      text.spacing('char', at(0));
      return true;
    case OPS.setWordSpacing:
      text.spacing('word', at(0));
      return true;
    case OPS.setHScale:
      text.horizontalScale(at(0));
      return true;
    case OPS.setLeading:
      text.setLeading(at(0));
      return true;
    case OPS.setTextRise:
      text.setRise(at(0));
      return true;
    case OPS.setTextMatrix:
      text.setMatrix(matrix(list[0]) ?? matrix(list) ?? IDENTITY);
      return true;
    case OPS.setLeadingMoveText:
      text.setLeading(-at(1));
      text.move(at(0), at(1));
      return true;
    case OPS.moveText:
      text.move(at(0), at(1));
      return true;
    case OPS.nextLine:
      text.nextLine();
      return true;
    case OPS.showText:
    case OPS.showSpacedText:
      text.show(shownItems(list[0]), ctm);
      return true;
    case OPS.nextLineShowText:
      text.nextLine();
      text.show(shownItems(list[0]), ctm);
      return true;
    case OPS.nextLineSetSpacingShowText:
      text.spacing('word', at(0));
      text.spacing('char', at(1));
      text.nextLine();
      text.show(shownItems(list[2]), ctm);
      return true;
    default:
      return false;
  }
}

/** A painted path's box, kept when it is thin: a border. */
function ruleOf(args: unknown, ctm: Matrix, lineWidth: number): Rule | undefined {
  if (!Array.isArray(args) || !PAINTS.has(Number(args[0]))) return undefined;
  const bounds = numbers(args[2], 4);
  if (bounds === undefined) return undefined;
  const stroked = Number(args[0]) === OPS.stroke || Number(args[0]) === OPS.closeStroke;
  const scale = Math.hypot(ctm[0], ctm[1]);
  const rule = box(ctm, bounds, stroked ? (lineWidth * scale) / 2 : 0);
  const width = rule.right - rule.left;
  const height = rule.bottom - rule.top;
  const thin = Math.min(width, height);
  return thin <= RULE_THICKNESS && Math.max(width, height) > thin * 2 ? rule : undefined;
}

/**
 * One pass over a page's operators: the borders it paints (every thin rectangle a path fills
 * or strokes) and the text it draws, in page space.
 */
async function pageContent(page: PDFPageProxy, view: Matrix): Promise<PageContent> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const rules: Rule[] = [];
  const text = new TextState();
  const stack: Matrix[] = [];
  let ctm: Matrix = view;
  let lineWidth = 1;
  fnArray.forEach((op, index) => {
    const args: unknown = argsArray[index];
    if (textOperator(text, op, args, ctm)) return;
    if (op === OPS.save) stack.push(ctm);
    else if (op === OPS.restore || op === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? view;
    else if (op === OPS.transform) ctm = multiply(ctm, matrix(args) ?? IDENTITY);
    else if (op === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = multiply(ctm, matrix(Array.isArray(args) ? args[0] : undefined) ?? IDENTITY);
    } else if (op === OPS.setLineWidth) lineWidth = numbers(args, 1)?.[0] ?? lineWidth;
    else if (op === OPS.constructPath) {
      const rule = ruleOf(args, ctm, lineWidth);
      if (rule) rules.push(rule);
    }
  });
  return { runs: text.runs, rules };
}

function unreadable(file: string, error: unknown): ImportError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ImportError(file, `not a readable PDF (damaged or not a PDF: ${reason})`);
}

async function openDocument(file: string, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    // pdfjs takes the buffer over: it gets its own copy, the caller keeps the bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: `${join(PDFJS, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS, 'standard_fonts')}/`,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ImportError(file, 'a password-protected PDF: save it without a password');
    }
    throw unreadable(file, error);
  }
}

/**
 * The text runs and borders of every page of a PDF, refused naming the file when it is not a
 * readable PDF, is password-protected, or has more than MAX_PDF_PAGES pages (checked on the
 * page count before any page is read).
 */
export async function readPdfPages(file: string, bytes: Uint8Array): Promise<PageContent[]> {
  const document = await openDocument(file, bytes);
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new ImportError(
        file,
        `more than ${formatLimit(MAX_PDF_PAGES)} pages (limit ${formatLimit(MAX_PDF_PAGES)})`,
      );
    }
    const pages: PageContent[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const view = matrix(page.getViewport({ scale: 1 }).transform) ?? IDENTITY;
      pages.push(await pageContent(page, view));
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw error instanceof ImportError ? error : unreadable(file, error);
  } finally {
    await document.destroy();
  }
}
