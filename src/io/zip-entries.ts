import { inflateRawSync } from 'node:zlib';
import { ImportError } from './import-problem.ts';
import {
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  formatBytes,
  formatLimit,
} from './read-limits.ts';

/*
 * A small, careful reader of a zip's central directory (APPNOTE 4.3.12, 4.3.16): the sizes an
 * XLSX declares are checked before anything is uncompressed, and each file is then inflated
 * no further than its declared size, so a 1 KB zip that would inflate to gigabytes is refused
 * at the cost of reading its directory.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** One file of a zip as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** A zip this reader cannot take: its message says what is wrong. */
class Damaged extends Error {}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfDirectory(bytes: Uint8Array): number {
  const data = view(bytes);
  const last = bytes.length - END_RECORD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Damaged('no zip directory');
}

function readDirectory(file: string, bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  const end = endOfDirectory(bytes);
  const count = data.getUint16(end + 10, true);
  const size = data.getUint32(end + 12, true);
  const offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new Damaged('ZIP64 is not supported');
  if (count > MAX_ZIP_ENTRIES) {
    throw new ImportError(
      file,
      `more than ${formatLimit(MAX_ZIP_ENTRIES)} files inside the workbook (limit ${formatLimit(MAX_ZIP_ENTRIES)})`,
    );
  }
  if (offset + size > end) throw new Damaged('the zip directory lies outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || data.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new Damaged('a damaged zip directory');
    }
    const flags = data.getUint16(at + 8, true);
    if ((flags & 1) !== 0) throw new Damaged('an encrypted workbook');
    const nameLength = data.getUint16(at + 28, true);
    const skip = nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

function inflate(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER) {
    throw new Damaged(`${entry.name}: no local header`);
  }
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const stored = bytes.subarray(start, start + entry.compressedSize);
  if (stored.length !== entry.compressedSize) throw new Damaged(`${entry.name}: truncated`);
  let content: Uint8Array;
  if (entry.method === 0) content = stored;
  else if (entry.method === 8) {
    try {
      content = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
    } catch {
      throw new Damaged(`${entry.name}: does not inflate to its declared size`);
    }
  } else throw new Damaged(`${entry.name}: compression method ${entry.method}`);
  if (content.length !== entry.size) {
    throw new Damaged(`${entry.name}: does not inflate to its declared size`);
  }
  return content;
}

/**
 * The files of a zip by name, uncompressed. Refused naming the file: more files or more
 * uncompressed bytes than the limits allow (checked on the directory, before inflating), a
 * file that inflates past its declared size, a damaged or encrypted zip.
 * @param limitOf a tighter limit on one file's uncompressed size, with its message
 */
export function readZipEntries(
  file: string,
  bytes: Uint8Array,
  limitOf: (name: string) => { bytes: number; what: string } | undefined = () => undefined,
): Map<string, Uint8Array> {
  try {
    const entries = readDirectory(file, bytes);
    let total = 0;
    for (const entry of entries) {
      total += entry.size;
      const limit = limitOf(entry.name);
      if (limit && entry.size > limit.bytes) {
        throw new ImportError(
          file,
          `${limit.what} of more than ${formatBytes(limit.bytes)} (limit ${formatBytes(limit.bytes)})`,
        );
      }
    }
    if (total > MAX_UNCOMPRESSED_BYTES) {
      throw new ImportError(
        file,
        `more than ${formatBytes(MAX_UNCOMPRESSED_BYTES)} once uncompressed (limit ${formatBytes(MAX_UNCOMPRESSED_BYTES)})`,
      );
    }
    const files = new Map<string, Uint8Array>();
    for (const entry of entries) {
      if (!entry.name.endsWith('/')) files.set(entry.name, inflate(bytes, entry));
    }
    return files;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(file, `not a readable XLSX workbook (truncated or damaged: ${reason})`);
  }
}
