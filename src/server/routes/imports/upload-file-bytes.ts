import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { MULTIPART_LIMITS } from '../../multipart-limits.ts';

/**
 * The bytes of an uploaded file, copied as they arrive into one buffer that grows in place up
 * to the file limit (a resizable ArrayBuffer). The plugin's toBuffer keeps every chunk the
 * socket read until the last, then copies them all into a second buffer: twice the file held,
 * and chunks kept long enough to outlive the young generation, so only a full collection of
 * the request thread freed them (bench 'hostile uploads': three clients sending 9 MB files).
 * Here each chunk is garbage once copied, and the buffer spans exactly the file, so the
 * reader's worker takes it without another copy (readReportInWorker). Past the limit, the
 * plugin's own 413. (Node 20's V8 does not count a resizable buffer as external memory, so it
 * starts no collection of its own; it is bounded by the file limit and freed with its upload.)
 */
export async function uploadedFileBytes(
  request: FastifyRequest,
  part: MultipartFile,
): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = new ArrayBuffer(0, { maxByteLength: MULTIPART_LIMITS.fileSize });
  for await (const chunk of part.file) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('a file part yields bytes');
    const start = buffer.byteLength;
    // busboy stops at MULTIPART_LIMITS.fileSize, so this never grows past maxByteLength.
    buffer.resize(start + chunk.byteLength);
    new Uint8Array(buffer, start).set(chunk);
  }
  if (part.file.truncated) throw new request.server.multipartErrors.RequestFileTooLargeError();
  return new Uint8Array(buffer);
}
