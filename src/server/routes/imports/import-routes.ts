import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importReport } from '../../../services/import-report.ts';
import { previewImport } from '../../../services/import-preview.ts';
import { ValidationError } from '../../../services/service-errors.ts';
import { errorResponse, refusals } from '../common-schemas.ts';
import { importPreviewView, importQuery, importResultView } from './import-schemas.ts';
import { readImportUpload, uploadColumnRoles, uploadSheet, uploadYear } from './import-upload.ts';
import type { ServerContext } from '../../server-context.ts';

/**
 * POST /api/imports: a multipart upload of a progress table (fields plan, fy, sheet, overwrite,
 * columnRoles; the file last). Of a workbook, `sheet` names the worksheet to read; without it
 * the first with content is read, and a problem names the others. Entries a department made since are not replaced unless
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
        const { file, fields } = await readImportUpload(request, reply);
        const fiscalYear = uploadYear(fields);
        const sheet = uploadSheet(fields);
        const view = await previewImport(
          context.store,
          {
            file: file.name,
            bytes: file.bytes,
            planName: fields.plan?.trim() || file.name.replace(/\.[^.]+$/, ''),
            ...(fiscalYear ? { fiscalYear } : {}),
            columnRoles: uploadColumnRoles(fields),
            ...(sheet === undefined ? {} : { sheet }),
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
        const { file, fields } = await readImportUpload(request, reply);
        const planName = fields.plan?.trim();
        if (!planName) throw new ValidationError('plan', 'name the plan to import into');
        const overwrite = flagField(fields, 'overwrite');
        const createPlan = flagField(fields, 'createPlan');
        const publish = flagField(fields, 'publish');
        const fiscalYear = uploadYear(fields);
        const sheet = uploadSheet(fields);
        const result = await importReport(
          context.store,
          {
            file: file.name,
            bytes: file.bytes,
            planName,
            ...(fiscalYear ? { fiscalYear } : {}),
            municipality: context.municipality,
            overwrite: overwrite === true,
            createPlan: createPlan === true,
            ...(publish === undefined ? {} : { publish }),
            acceptProblems: request.query.acceptProblems,
            columnRoles: uploadColumnRoles(fields),
            ...(sheet === undefined ? {} : { sheet }),
          },
          context.actorOf(request),
          context.now(),
        );
        return reply.status(200).send(result);
      },
    );
  };
}

/** A true/false field of the upload (overwrite, createPlan, publish); absent: undefined. */
function flagField(fields: Readonly<Record<string, string>>, name: string): boolean | undefined {
  const text = fields[name]?.trim().toLowerCase();
  if (text === undefined) return undefined;
  if (text !== 'true' && text !== 'false') throw new ValidationError(name, 'true or false');
  return text === 'true';
}
