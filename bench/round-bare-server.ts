// The ceiling of the round-entries bench: the same framework (Fastify) answering the two save
// routes with the JSON a save returns, made once by the app's own presenters and kept in
// memory; no session, no database. Prints `ready PORT PATH` as bench/http-server.ts does.
import Fastify from 'fastify';
import { fiscalYear } from '../src/domain/fiscal-year.ts';
import { presentFigure, presentNarrative } from '../src/services/presenters/entry-presenter.ts';
import { parseEntryValue } from '../src/services/figure-entry.ts';
import { figureValue, narrativeText } from './round-editor-loop.ts';

const saved = {
  id: 1,
  kpiId: 1,
  fiscalYear: fiscalYear(2024),
  department: null,
  state: 'draft',
  version: 321,
  updatedAt: new Date().toISOString(),
} as const;
const figure = JSON.stringify(
  presentFigure({ ...saved, series: 'actual', figure: parseEntryValue(figureValue(123, 321)) }),
);
const narrative = JSON.stringify(presentNarrative({ ...saved, text: narrativeText(123, 330) }));
const type = 'application/json; charset=utf-8';

const app = Fastify();
app.put('/api/plans/:planId/kpis/:code/figures/:fy', async (_request, reply) =>
  reply.type(type).send(figure),
);
app.put('/api/plans/:planId/kpis/:code/narratives/:fy', async (_request, reply) =>
  reply.type(type).send(narrative),
);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`ready ${port} /api/plans/1/kpis\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
