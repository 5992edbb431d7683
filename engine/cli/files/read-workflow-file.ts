import { readFileSync, statSync } from 'node:fs';
import { getSystemErrorMessage } from 'node:util';
import { limits } from '../../workflow/limits.ts';
import { findInvalidUtf8 } from './find-invalid-utf8.ts';

/** Bytes of the UTF-8 byte order mark, which is dropped before the text reaches the engine. */
const utf8BomBytes = 3;

/**
 * Largest file `wf` reads. A UTF-8 sequence of one to three bytes decodes to one UTF-16 code unit and a
 * four-byte sequence to two, so a larger file decodes to more than `limits.maxSourceLength` code units and the
 * engine would reject it with WF601 anyway. Up to this size the engine decides with the exact length. Beyond
 * it the file is not loaded into memory, and the caller reports WF601 from the byte count.
 */
export const maxWorkflowFileBytes = 3 * limits.maxSourceLength + utf8BomBytes;

export type ReadResult =
  | { ok: true; text: string }
  /** `tooLargeBytes` is the file's size, present only when the file was over the size limit and left unread. */
  | { ok: false; problem: string; tooLargeBytes?: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a workflow file as UTF-8 text and drops a UTF-8 byte order mark silently. A file that is too large,
 * unreadable, UTF-16 or not valid UTF-8 yields a problem sentence that names `displayPath` instead.
 */
export function readWorkflowFile(
  path: string,
  displayPath: string,
  maxBytes = maxWorkflowFileBytes,
): ReadResult {
  let bytes: Uint8Array;
  try {
    // Checked before reading, so that a huge file is never loaded into memory
    const size = statSync(path).size;
    if (size > maxBytes) {
      return {
        ok: false,
        problem: `\`${displayPath}\` is too large: ${size} bytes, the maximum is ${maxBytes}`,
        tooLargeBytes: size,
      };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, problem: `cannot read \`${displayPath}\`: ${describeFsError(error)}` };
  }

  return decodeUtf8(bytes, displayPath);
}

export function decodeUtf8(bytes: Uint8Array, displayPath: string): ReadResult {
  const startsWithUtf16Bom =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (startsWithUtf16Bom) {
    return { ok: false, problem: `\`${displayPath}\` is encoded as UTF-16, save it as UTF-8` };
  }

  try {
    // The decoder drops a leading UTF-8 byte order mark by default (`ignoreBOM: false`)
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = Math.max(findInvalidUtf8(bytes), 0);
    const line = countLineBreaks(bytes, offset) + 1;
    return {
      ok: false,
      problem: `\`${displayPath}\` is not valid UTF-8: invalid byte sequence on line ${line} (byte offset ${offset})`,
    };
  }
}

function countLineBreaks(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0x0a) count += 1;
  return count;
}

/** Descriptions of the errno codes that reading a path commonly meets, worded for a file argument. */
const fsErrorDescriptions: Record<string, string> = {
  ENOENT: 'file not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'symbolic link loop',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'no such device or address',
  ENODEV: 'no such device',
  EBUSY: 'device or resource busy',
  EAGAIN: 'resource temporarily unavailable',
  ETIMEDOUT: 'timed out',
  ESTALE: 'stale network file handle',
};

/**
 * Describes a file-system error in words, without the raw path and syscall that Node puts in its message.
 * An errno code missing from the table gets the operating system's description followed by the code.
 */
export function describeFsError(error: unknown): string {
  const { code, errno } = (error ?? {}) as NodeJS.ErrnoException;
  if (code !== undefined) {
    const description = fsErrorDescriptions[code];
    if (description !== undefined) return description;
    if (typeof errno === 'number') return `${describeErrno(errno)} (\`${code}\`)`;
    return `system error \`${code}\``;
  }
  return error instanceof Error ? error.message : String(error);
}

function describeErrno(errno: number): string {
  try {
    return getSystemErrorMessage(errno);
  } catch {
    return 'system error';
  }
}
