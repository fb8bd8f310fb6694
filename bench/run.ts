// `npm run bench`: every benchmark, figures printed, never asserted.
import { benchHttp } from './http.bench.ts';
import { benchReportCheck } from './report-check.bench.ts';
import { benchWeb } from './web.bench.ts';

const benches: [string, () => Promise<void>][] = [
  ['report check', benchReportCheck],
  ['http', benchHttp],
  ['web', benchWeb],
];
const only = process.argv[2];
for (const [name, bench] of benches) {
  if (only && !name.includes(only)) continue;
  console.log(`\n## ${name}`);
  await bench();
}
