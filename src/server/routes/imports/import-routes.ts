import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importReport } from '../../../services/import-report.ts';
import { previewImport } from '../../../services/import-preview.ts';
import { ValidationError } from '../../../services/service-errors.ts';
import { errorResponse, refusals } from '../common-schemas.ts';
import { importPreviewView, importQuery, importResultView } from './import-schemas.ts';
import { readImportUpload, uploadColumnRoles, uploadYear } from './import-upload.ts';
import type { ServerContext } from '../../server-context.ts';

/**
 * POST /api/imports: a multipart upload of a progress table (fields plan, fy, overwrite,
 * columnRoles; the file last). Entries a department made since are not replaced unless
 * overwrite=true: 409. A reading with problems is refused (400) unless ?acceptProblems=true.
 * Column roles given are read with and saved as the plan's mapping for the file's shape.
 * POST /api/imports/preview: the same upload read and shown, nothing changed.
 */
export function importRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/imports/preview',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['imports'],
          summary:
            'Read a progress table as an import would and show how: columns, rows, rates, unplaced cells, problems; changes nothing',
          consumes: ['multipart/form-data'],
          response: { 200: importPreviewView, ...refusals, 413: errorResponse },
        },
      },
      async (request, reply) => {
        const { file, fields } = await readImportUpload(request);
        const fiscalYear = uploadYear(fields);
        const view = await previewImport(
          context.store,
          {
            file: file.name,
            bytes: file.bytes,
            planName: fields.plan?.trim() || file.name.replace(/\.[^.]+$/, ''),
            ...(fiscalYear ? { fiscalYear } : {}),
            columnRoles: uploadColumnRoles(fields),
            municipality: context.municipality,
          },
          context.actorOf(request),
        );
        return reply.status(200).send(view);
      },
    );
    app.post(
      '/imports',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['imports'],
          summary: 'Import a progress table (TSV, CSV, XLSX or PDF), all or nothing',
          consumes: ['multipart/form-data'],
          querystring: importQuery,
          response: { 200: importResultView, ...refusals, 413: errorResponse },
        },
      },
      async (request, reply) => {
        const { file, fields } = await readImportUpload(request);
        const planName = fields.plan?.trim();
        if (!planName) throw new ValidationError('plan', 'name the plan to import into');
        const overwrite = fields.overwrite?.trim().toLowerCase();
        if (overwrite !== undefined && overwrite !== 'true' && overwrite !== 'false')
          throw new ValidationError('overwrite', 'true or false');
        const fiscalYear = uploadYear(fields);
        const result = await importReport(
          context.store,
          {
            file: file.name,
            bytes: file.bytes,
            planName,
            ...(fiscalYear ? { fiscalYear } : {}),
            municipality: context.municipality,
            overwrite: overwrite === 'true',
            acceptProblems: request.query.acceptProblems,
            columnRoles: uploadColumnRoles(fields),
          },
          context.actorOf(request),
        );
        return reply.status(200).send(result);
      },
    );
  };
}
