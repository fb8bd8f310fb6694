import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importReport } from '../../services/import-report.ts';
import { ValidationError } from '../../services/service-errors.ts';
import { fiscalYearText } from '../schemas.ts';
import type { ServerContext } from '../server-context.ts';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** POST /api/imports: a multipart upload of a progress table (fields plan, fy; the file last). */
export function importRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/imports',
      {
        schema: {
          tags: ['imports'],
          summary: 'Import a progress table (TSV, CSV or XLSX), all or nothing',
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const fields: Record<string, string> = {};
        let file: { name: string; bytes: Buffer } | undefined;
        for await (const part of request.parts({
          limits: { fileSize: MAX_FILE_BYTES, files: 1 },
        })) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer();
            if (part.file.truncated)
              throw new ValidationError('file', `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
            file = { name: part.filename || 'upload', bytes };
          } else {
            fields[part.fieldname] = String(part.value);
          }
        }
        if (!file) throw new ValidationError('file', 'no file uploaded');
        const planName = fields.plan?.trim();
        if (!planName) throw new ValidationError('plan', 'name the plan to import into');
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
          },
          context.actorOf(request),
        );
        return reply.status(200).send(result);
      },
    );
  };
}
