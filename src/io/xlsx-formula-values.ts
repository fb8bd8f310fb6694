/*
 * Formula cells as the values Excel saved for them. A workbook stores each formula's last
 * result beside it (`<c r="J5"><f>H5/I5</f><v>0</v></c>`), and that saved result is what the
 * city printed. ExcelJS drops a saved result of 0 (it reads `{ formula }` with no result), so
 * the formula is taken out here and the cell keeps its saved value as a plain value, which
 * ExcelJS reads whatever it is: 0, a string (t="str"), a boolean, an error (#DIV/0!).
 */

import { columnNumber } from '../domain/column-letter.ts';

/** A formula cell saved without a result (a workbook written by a program, never calculated). */
export interface UncachedFormula {
  readonly row: number;
  readonly column: number;
  readonly address: string;
  readonly formula: string;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b[^>]*\/>|<f\b[^>]*>[\s\S]*?<\/f>/;
const VALUE = /<v>([\s\S]*?)<\/v>/;
const ADDRESS = /\br="\$?([A-Za-z]{1,3})\$?(\d{1,7})"/;

function place(attributes: string): Omit<UncachedFormula, 'formula'> {
  const [, letters = '', row = '0'] = ADDRESS.exec(attributes) ?? [];
  return {
    row: Number(row),
    column: columnNumber(letters),
    address: `${letters.toUpperCase()}${row}`,
  };
}

/** The text of an XML attribute or element, its five entities read. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The worksheet with every formula replaced by its saved result, and the formula cells that
 * have none (an empty `<v>` or no `<v>` at all), so the reader can name them.
 */
export function withSavedResults(xml: string): { xml: string; uncached: UncachedFormula[] } {
  const uncached: UncachedFormula[] = [];
  const replaced = xml.replace(CELL, (whole, attributes: string, content: string | undefined) => {
    if (content === undefined) return whole;
    const formula = FORMULA.exec(content);
    if (!formula) return whole;
    const value = VALUE.exec(content)?.[1];
    if (value === undefined || value === '') {
      const text = unescapeXml(formula[0].replace(/^<f\b[^>]*\/?>|<\/f>$/g, ''));
      uncached.push({ ...place(attributes), formula: text });
      return `<c${attributes.replace(/\bt="[^"]*"/, '')}/>`;
    }
    return `<c${attributes}>${content.replace(FORMULA, '')}</c>`;
  });
  return { xml: replaced, uncached };
}

/**
 * Each worksheet's file by the sheet's name (as ExcelJS names it), from xl/workbook.xml and
 * its relationships: `<sheet name="R5" r:id="rId3"/>` → `xl/worksheets/sheet1.xml`.
 */
export function sheetFilesByName(
  workbookXml: string,
  relationshipsXml: string,
): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relationshipsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (id !== undefined && target !== undefined) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const files = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const id = /\br:id="([^"]*)"/.exec(tag)?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) files.set(unescapeXml(name), target);
  }
  return files;
}
