import { readFileSync, statSync } from 'node:fs';
import { findInvalidUtf8 } from './find-invalid-utf8.ts';

/**
 * Largest file `wf` reads at all. A workflow of a few hundred nodes is tens of kilobytes. The engine reports
 * sources over its own length limit (about a megabyte) as a diagnostic with a code. This larger cut-off only
 * keeps a mistaken argument, such as a log or a data dump, from being loaded into memory.
 */
export const maxWorkflowFileBytes = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; problem: string };

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

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? String(error);
}
