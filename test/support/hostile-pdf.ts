import { once } from 'node:events';
import { createDeflate } from 'node:zlib';

/**
 * A minimal PDF of `pages` blank pages whose page tree claims `count` of them (a lie when they
 * differ): the cheapest way to ask a reader for thousands of pages. Its cross-reference table's
 * offsets are exact.
 */
export function blankPagesPdf(pages: number, count = pages): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    ...Array.from(
      { length: pages },
      () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    ),
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** Zeros deflated as a stream, 1 MB at a time, so a 1 GiB bomb costs the test no 1 GiB. */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let left = bytes; left > 0; left -= zeros.length) {
    const chunk = left >= zeros.length ? zeros : zeros.subarray(0, left);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/**
 * A one-page PDF whose page content is made of `streams` Flate streams, each `compressed`
 * (deflatedZeros): a file of a few MB at most that inflates to as much as asked.
 */
export function inflationBombPdf(compressed: Buffer, streams = 1): Uint8Array {
  const contents = Array.from({ length: streams }, (_, i) => `${i + 4} 0 R`).join(' ');
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: Buffer | string) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  add('%PDF-1.7\n');
  const object = (number: number, body: () => void) => {
    offsets[number - 1] = length;
    add(`${number} 0 obj\n`);
    body();
    add('\nendobj\n');
  };
  object(1, () => add('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'));
  object(3, () =>
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [${contents}] >>`),
  );
  for (let i = 0; i < streams; i++) {
    object(i + 4, () => {
      add(`<< /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`);
      add(compressed);
      add('\nendstream');
    });
  }
  const xref = length;
  add(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`);
  add(offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join(''));
  add(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}
