import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importReport } from '../../../services/import-report.ts';
import { ValidationError } from '../../../services/service-errors.ts';
import { refuseForbiddenText } from '../../forbidden-input.ts';
import { MULTIPART_LIMITS } from '../../multipart-limits.ts';
import { errorResponse, fiscalYearText, refusals } from '../common-schemas.ts';
import { importQuery, importResultView } from './import-schemas.ts';
import { TooLargeError } from '../../../services/service-errors.ts';
import type { ServerContext } from '../../server-context.ts';

/**
 * POST /api/imports: a multipart upload of a progress table (fields plan, fy, overwrite; the
 * file last). Entries a department made since are not replaced unless overwrite=true: 409.
 * A reading with problems is refused (400) unless ?acceptProblems=true.
 */
export function importRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
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
        const fields: Record<string, string> = {};
        let file: { name: string; bytes: Buffer } | undefined;
        // Limits (fields, parts, one file, sizes) are the plugin's, set in app.ts: past one the
        // iteration throws a 413.
        for await (const part of request.parts()) {
          refuseForbiddenText('field name', part.fieldname);
          if (part.type === 'file') {
            refuseForbiddenText('file', part.filename);
            const bytes = await part.toBuffer();
            file = { name: part.filename || 'upload', bytes };
          } else {
            if (part.valueTruncated)
              throw new TooLargeError(
                part.fieldname,
                `longer than ${MULTIPART_LIMITS.fieldSize} bytes`,
              );
            refuseForbiddenText(part.fieldname, String(part.value));
            fields[part.fieldname] = String(part.value);
          }
        }
        if (!file) throw new ValidationError('file', 'no file uploaded');
        const planName = fields.plan?.trim();
        if (!planName) throw new ValidationError('plan', 'name the plan to import into');
        const overwrite = fields.overwrite?.trim().toLowerCase();
        if (overwrite !== undefined && overwrite !== 'true' && overwrite !== 'false')
          throw new ValidationError('overwrite', 'true or false');
        const fy = fields.fy ? fiscalYearText.safeParse(fields.fy) : undefined;
        if (fy && !fy.success) throw new ValidationError('fy', `not a fiscal year: ${fields.fy}`);
        const result = await importReport(
          context.store,
          {
            file: file.name,
            bytes: file.bytes,
            planName,
            ...(fy?.success ? { fiscalYear: fy.data } : {}),
            municipality: context.municipality,
            overwrite: overwrite === 'true',
            acceptProblems: request.query.acceptProblems,
          },
          context.actorOf(request),
        );
        return reply.status(200).send(result);
      },
    );
  };
}
