// `npm run bench`: every benchmark, figures printed, never asserted. `npm run bench -- NAME`
// runs those whose name contains NAME; `scale` (minutes, PostgreSQL) runs only when named.
import { benchExports } from './exports.bench.ts';
import { benchHostileUploads } from './hostile-uploads.bench.ts';
import { benchHttp } from './http.bench.ts';
import { benchLockWaits } from './lock-waits.bench.ts';
import { benchPdfRead } from './pdf-read.bench.ts';
import { benchReportCheck } from './report-check.bench.ts';
import { benchRoundEntries } from './round-entries.bench.ts';
import { benchScale } from './scale.bench.ts';
import { benchSessions } from './sessions.bench.ts';
import { benchTableVariants } from './table-variants.bench.ts';
import { benchWeb } from './web.bench.ts';

const benches: [string, () => Promise<void>][] = [
  ['report check', benchReportCheck],
  ['table variants', benchTableVariants],
  ['http', benchHttp],
  ['sessions', benchSessions],
  ['hostile uploads', benchHostileUploads],
  ['lock waits', benchLockWaits],
  ['round entries', benchRoundEntries],
  ['web', benchWeb],
  ['exports', benchExports],
  ['pdf read', benchPdfRead],
];
const onRequest: [string, () => Promise<void>][] = [['scale', benchScale]];
const only = process.argv[2];
const chosen = only
  ? [
      ...benches.filter(([name]) => name.includes(only)),
      ...onRequest.filter(([name]) => name === only),
    ]
  : benches;
if (chosen.length === 0) {
  const names = [...benches, ...onRequest].map(([name]) => `'${name}'`).join(', ');
  console.log(`no benchmark named ${only}: ${names}`);
}
for (const [name, bench] of chosen) {
  console.log(`\n## ${name}`);
  await bench();
}
