import { inflateSync } from 'node:zlib';

/*
 * A small reader of the text Chromium prints into a PDF, for machines without poppler: fonts
 * are Type0 with Identity-H codes and a ToUnicode map each, so text is the content streams'
 * glyph codes mapped through the ToUnicode map of the font selected with Tf on that page.
 */

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const body = match[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let start = at + 'stream'.length;
    if (body[start] === '\r') start += 1;
    if (body[start] === '\n') start += 1;
    const end = body.lastIndexOf('endstream');
    const raw = Buffer.from(body.slice(start, end), 'latin1');
    let stream: Buffer = raw;
    if (dict.includes('/FlateDecode')) {
      try {
        stream = inflateSync(raw);
      } catch {
        stream = inflateSync(raw.subarray(0, raw.length - 1));
      }
    }
    objects.set(Number(match[1]), { dict, stream });
  }
  return objects;
}

const hexToString = (hex: string) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

/** A ToUnicode CMap: glyph code (hex, upper case) → text. */
function readCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set((pair[1] ?? '').toUpperCase(), hexToString(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const width = (range[1] ?? '').length;
      const low = parseInt(range[1] ?? '0', 16);
      const high = parseInt(range[2] ?? '0', 16);
      const first = parseInt(range[3] ?? '0', 16);
      for (let code = low; code <= high; code += 1) {
        map.set(
          code.toString(16).toUpperCase().padStart(width, '0'),
          String.fromCodePoint(first + code - low),
        );
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => {
  const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return found ? Number(found[1]) : undefined;
};

/** The /Font resource names of a page: name → ToUnicode map. */
function pageFonts(
  objects: Map<number, PdfObject>,
  page: string,
): Map<string, Map<string, string>> {
  const resourcesRef = ref(page, 'Resources');
  const resources = resourcesRef === undefined ? page : (objects.get(resourcesRef)?.dict ?? '');
  const fontRef = ref(resources, 'Font');
  const fontDict =
    fontRef === undefined
      ? (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '')
      : (objects.get(fontRef)?.dict ?? '');
  const fonts = new Map<string, Map<string, string>>();
  for (const entry of fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(entry[2]));
    const toUnicode = font ? ref(font.dict, 'ToUnicode') : undefined;
    const cmap = toUnicode === undefined ? undefined : objects.get(toUnicode)?.stream;
    if (cmap) fonts.set(entry[1] ?? '', readCmap(cmap.toString('latin1')));
  }
  return fonts;
}

function decode(hex: string, cmap: Map<string, string> | undefined): string {
  if (!cmap) return '';
  const clean = hex.replace(/\s+/g, '').toUpperCase();
  const width = [...cmap.keys()][0]?.length ?? 4;
  let out = '';
  for (let i = 0; i + width <= clean.length; i += width)
    out += cmap.get(clean.slice(i, i + width)) ?? '';
  return out;
}

function pageText(content: string, fonts: Map<string, Map<string, string>>): string {
  let cmap: Map<string, string> | undefined;
  let out = '';
  const tokens =
    /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9A-Fa-f\s]*)>\s*Tj|\bET\b/g;
  for (const token of content.matchAll(tokens)) {
    if (token[1] !== undefined) cmap = fonts.get(token[1]);
    else if (token[2] !== undefined) {
      for (const part of token[2].matchAll(/<([0-9A-Fa-f\s]*)>/g))
        out += decode(part[1] ?? '', cmap);
    } else if (token[3] !== undefined) out += decode(token[3], cmap);
    else out += '\n';
  }
  return out;
}

/** The text of every page of a PDF Chromium printed, in drawing order, NFKC-normalized. */
export function extractPdfText(bytes: Uint8Array): string {
  const objects = readObjects(Buffer.from(bytes));
  const pages: string[] = [];
  for (const object of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(object.dict)) continue;
    const fonts = pageFonts(objects, object.dict);
    const contents = /\/Contents\s*(?:(\d+) 0 R|\[([^\]]*)\])/.exec(object.dict);
    const refs =
      contents?.[1] !== undefined
        ? [contents[1]]
        : [...(contents?.[2] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => m[1]);
    const content = refs
      .map((r) => objects.get(Number(r))?.stream?.toString('latin1') ?? '')
      .join('\n');
    pages.push(pageText(content, fonts));
  }
  return pages.join('\f').normalize('NFKC');
}
