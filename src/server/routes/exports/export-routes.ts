import { OPEN_DATA_LICENSE } from '../../../domain/open-data-license.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { planExportJsonSchema } from '../../../io/export/plan-export-schema.ts';
import { exportFilter } from '../../../services/export-filter.ts';
import { ExportCache } from '../../../services/export-cache.ts';
import type { ServerContext } from '../../server-context.ts';
import { planParams } from '../common-schemas.ts';
import { exportQuery, exportResponses, jsonSchemaDocument } from './export-schemas.ts';

/**
 * `attachment` with the name twice: plain ASCII for old clients (the Japanese part replaced by
 * `plan-1`) and RFC 5987 `filename*` in UTF-8 for the Japanese name.
 */
export function contentDisposition(fileName: string, planId: number): string {
  const plain = fileName.replace(/["\\%;]/g, '_');
  const ascii = /^[\x20-\x7e]*$/.test(plain)
    ? plain
    : `plan-${planId}_${plain.replace(/^.*?_(?=[RH]\d+[_.])/, '').replace(/[^\x20-\x7e]+/g, '_')}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Every download names its licence (RFC 8288 `rel="license"`), the feed and JSON do too. */
const LICENSE_LINK = `<${OPEN_DATA_LICENSE.url}>; rel="license"; title="${OPEN_DATA_LICENSE.name}"`;

/** Downloads of a plan's report (XLSX, PDF, CSV, JSON) and the JSON Schema of the JSON export. */
export function exportRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const schema = planExportJsonSchema();
  const files = new ExportCache();
  return async (app) => {
    app.get(
      '/plans/:planId/exports/report',
      {
        config: { access: 'public' },
        schema: {
          tags: ['exports'],
          summary:
            'The report of a fiscal year as a file: XLSX, PDF (A4 landscape) or CSV as printed, the open-data CSV (shape=tidy), or JSON; approved figures only',
          params: planParams,
          querystring: exportQuery,
          response: exportResponses,
        },
      },
      async (request, reply) => {
        const file = await files.export(
          context.store,
          request.actor,
          {
            planId: request.params.planId,
            fiscalYear: request.query.fy,
            format: request.query.format,
            encoding: request.query.encoding,
            shape: request.query.shape,
            filter: exportFilter(request.query),
          },
          { chromiumPath: context.chromiumPath, now: context.now() },
        );
        return reply
          .type(file.contentType)
          .header('content-disposition', contentDisposition(file.fileName, request.params.planId))
          .header('cache-control', 'private, no-store')
          .header('link', LICENSE_LINK)
          .send(Buffer.from(file.bytes));
      },
    );
    app.get(
      '/schemas/plan-export.json',
      {
        config: { access: 'public' },
        schema: {
          tags: ['exports'],
          summary: 'The JSON Schema of the JSON export (format=json)',
          response: { 200: jsonSchemaDocument },
        },
      },
      async (_request, reply) => reply.header('link', LICENSE_LINK).send(schema),
    );
  };
}
