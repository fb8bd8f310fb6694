/**
 * What one multipart upload may hold (POST /api/imports: a few text fields and one file).
 * busboy counts while it reads, so a request past a limit is refused as it arrives instead of
 * being buffered first: 200 fields of 1 MB each were accepted before these were set.
 */
export const MULTIPART_LIMITS = {
  /** Text fields: plan, fy, overwrite, and room to spare. */
  fields: 10,
  /** Bytes of one text field; a longer value is refused, not cut short. */
  fieldSize: 4096,
  /** Fields and files together. */
  parts: 12,
  files: 1,
  /** Bytes of the uploaded file. */
  fileSize: 10 * 1024 * 1024,
  headerPairs: 100,
} as const;
