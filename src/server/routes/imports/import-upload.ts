import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ColumnRoleOverride } from '../../../domain/column-role-name.ts';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { TooLargeError, ValidationError } from '../../../services/service-errors.ts';
import { refuseForbiddenText } from '../../forbidden-input.ts';
import { MULTIPART_LIMITS } from '../../multipart-limits.ts';
import { fiscalYearText } from '../common-schemas.ts';
import { columnRolesField } from './import-schemas.ts';
import { uploadedFileBytes } from './upload-file-bytes.ts';

/** An uploaded table and the text fields sent with it. */
export interface ImportUpload {
  /** The file's bytes span their whole buffer, for the reader's worker to take (readReportInWorker). */
  readonly file: { readonly name: string; readonly bytes: Uint8Array<ArrayBuffer> };
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Reads a multipart upload: the file and the text fields. Limits (fields, parts, one file,
 * sizes) are the plugin's, set in app.ts: past one the iteration throws a 413.
 */
export async function readImportUpload(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<ImportUpload> {
  const fields: Record<string, string> = {};
  let file: ImportUpload['file'] | undefined;
  for await (const part of request.parts()) {
    refuseForbiddenText('field name', part.fieldname);
    if (part.type === 'file') {
      refuseForbiddenText('file', part.filename);
      file = {
        name: part.filename || 'upload',
        bytes: await uploadedFileBytes(request, reply, part),
      };
    } else {
      if (part.valueTruncated)
        throw new TooLargeError(part.fieldname, `longer than ${MULTIPART_LIMITS.fieldSize} bytes`);
      refuseForbiddenText(part.fieldname, String(part.value));
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file) throw new ValidationError('file', 'no file uploaded');
  return { file, fields };
}

/** The `fy` field: the report year the admin gave, if any. */
export function uploadYear(fields: ImportUpload['fields']): FiscalYear | undefined {
  if (!fields.fy?.trim()) return undefined;
  const fy = fiscalYearText.safeParse(fields.fy.trim());
  if (!fy.success) throw new ValidationError('fy', `not a fiscal year: ${fields.fy}`);
  return fy.data;
}

/** Excel's own limit on a worksheet's name. */
const SHEET_NAME_MAX = 31;

/** The `sheet` field: of a workbook, the worksheet to read; absent or blank, the first with content. */
export function uploadSheet(fields: ImportUpload['fields']): string | undefined {
  const name = fields.sheet?.trim();
  if (!name) return undefined;
  if ([...name].length > SHEET_NAME_MAX)
    throw new ValidationError(
      'sheet',
      `a worksheet's name is at most ${SHEET_NAME_MAX} characters`,
    );
  return name;
}

/** The `columnRoles` field: JSON `[{ "column": 5, "role": "actual" }]`, each column once. */
export function uploadColumnRoles(fields: ImportUpload['fields']): ColumnRoleOverride[] {
  const text = fields.columnRoles?.trim();
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError(
      'columnRoles',
      'not JSON: expected [{ "column": 5, "role": "actual" }]',
    );
  }
  const parsed = columnRolesField.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(
      'columnRoles',
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a list of column roles'}`,
    );
  }
  return parsed.data;
}
