import { z } from 'zod';
import { CSV_ENCODINGS } from '../../../io/export/csv-bytes.ts';
import { planExportSchema } from '../../../io/export/plan-export-schema.ts';
import {
  EXPORT_FORMATS,
  EXPORT_SHAPES,
  PDF_TYPE,
  XLSX_TYPE,
} from '../../../services/report-export.ts';
import { exportFilterFields } from '../../../services/export-filter.ts';
import { fiscalYearText, refusals } from '../common-schemas.ts';

/**
 * `?fy=R5&format=xlsx|pdf|csv|json&encoding=utf-8|shift_jis&shape=report|tidy|sheets`, and the
 * progress table's filters by the names its own address uses (`policy`, `dept`, `tag`, `grade`,
 * `q`): the file then holds the KPIs they keep, and its name and title say which.
 */
export const exportQuery = z.object({
  fy: fiscalYearText.optional(),
  format: z.enum(EXPORT_FORMATS),
  encoding: z.enum(CSV_ENCODINGS).default('utf-8'),
  shape: z.enum(EXPORT_SHAPES).default('report'),
  ...exportFilterFields,
});

/**
 * A file's bytes: a Buffer, which Fastify sends as it is (no serializer), documented in
 * OpenAPI as `type: string, format: binary`.
 */
const binary = (what: string) =>
  z
    .custom<Buffer>((value) => Buffer.isBuffer(value))
    .meta({ type: 'string', format: 'binary', description: what });

/** The file, by format: documented as binary, and the JSON export by its own schema. */
export const exportResponses = {
  200: {
    description:
      'The report file, with Content-Disposition: attachment naming the plan, year and shape',
    content: {
      [XLSX_TYPE]: { schema: binary('the report in the published layout (format=xlsx)') },
      [PDF_TYPE]: {
        schema: binary(
          'the report printed: A4 landscape, page numbers, the grade legend (format=pdf)',
        ),
      },
      'text/csv': {
        schema: binary('CSV, CRLF: UTF-8 with BOM or Shift_JIS (CP932); report or tidy shape'),
      },
      'application/json': { schema: planExportSchema },
    },
  },
  ...refusals,
};

/** The JSON Schema of the JSON export (draft 2020-12). */
export const jsonSchemaDocument = z
  .record(z.string(), z.unknown())
  .describe('A JSON Schema document (draft 2020-12)');
