import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPLOAD_HEAD_BYTES, checkUploadHead } from '../../../io/upload-head.ts';
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
  reply: FastifyReply,
  part: MultipartFile,
): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = new ArrayBuffer(0, { maxByteLength: MULTIPART_LIMITS.fileSize });
  let headChecked = false;
  for await (const chunk of part.file) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('a file part yields bytes');
    const start = buffer.byteLength;
    // busboy stops at MULTIPART_LIMITS.fileSize, so this never grows past maxByteLength.
    buffer.resize(start + chunk.byteLength);
    new Uint8Array(buffer, start).set(chunk);
    if (!headChecked && buffer.byteLength >= UPLOAD_HEAD_BYTES) {
      headChecked = true;
      refuseByHead(reply, part.filename, new Uint8Array(buffer));
    }
  }
  if (part.file.truncated) throw new request.server.multipartErrors.RequestFileTooLargeError();
  return new Uint8Array(buffer);
}

/** How long a client has to read a refusal by the head before its connection is cut. */
const LINGER_MS = 2_000;

/**
 * Refuses the upload by its first bytes (checkUploadHead), and closes the connection once the
 * refusal is answered (`Connection: close`, so no client sends another request on it): the
 * rest of the body is never read. Node destroys such a socket as soon as the answer is written
 * (destroySoon), and its unread bytes then reset the connection: a client that had not read the
 * answer yet lost it (a quarter of the hostile bench's uploads). This socket is ended instead
 * and destroyed LINGER_MS later. A browser still sending the body reads the answer when its
 * upload is cut off (Chromium does; test/e2e/import-page.test.ts).
 */
function refuseByHead(reply: FastifyReply, file: string, head: Uint8Array): void {
  try {
    checkUploadHead(file, head);
  } catch (error) {
    void reply.header('connection', 'close');
    const socket = reply.raw.socket;
    if (socket) {
      socket.destroySoon = () => {
        socket.end();
        setTimeout(() => socket.destroy(), LINGER_MS).unref();
      };
    }
    throw error;
  }
}
