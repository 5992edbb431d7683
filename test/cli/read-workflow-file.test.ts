import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { findInvalidUtf8 } from '../../engine/cli/files/find-invalid-utf8.ts';
import {
  decodeUtf8,
  describeFsError,
  maxWorkflowFileBytes,
  readWorkflowFile,
} from '../../engine/cli/files/read-workflow-file.ts';
import { limits } from '../../engine/workflow/limits.ts';

const directory = mkdtempSync(join(tmpdir(), 'wf-read-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

describe('findInvalidUtf8', () => {
  test('accepts ASCII and multi-byte text', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('a é 中 😀'))).toBe(-1);
  });

  test('finds a lone continuation byte', () => {
    expect(findInvalidUtf8(bytes(0x61, 0x80))).toBe(1);
  });

  test('finds a truncated sequence at the end', () => {
    expect(findInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1);
  });

  test('rejects overlong forms, surrogates and code points past U+10FFFF', () => {
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
  });

  test('accepts the boundary code points', () => {
    expect(findInvalidUtf8(bytes(0xed, 0x9f, 0xbf))).toBe(-1);
    expect(findInvalidUtf8(bytes(0xf4, 0x8f, 0xbf, 0xbf))).toBe(-1);
  });

  test('agrees with the fatal TextDecoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (input) => {
        let valid = true;
        try {
          decoder.decode(input);
        } catch {
          valid = false;
        }
        expect(findInvalidUtf8(input) === -1).toBe(valid);
      }),
      { numRuns: 5000, verbose: true },
    );
  });
});

describe('decodeUtf8', () => {
  test('drops a UTF-8 byte order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61), 'a.yaml')).toEqual({ ok: true, text: 'a' });
  });

  test('names the file and line of invalid UTF-8', () => {
    expect(decodeUtf8(bytes(0x61, 0x0a, 0x62, 0xff), 'flows/a.yaml')).toEqual({
      ok: false,
      problem: '`flows/a.yaml` is not valid UTF-8: invalid byte sequence on line 2 (byte offset 3)',
    });
  });

  test('rejects UTF-16 with advice', () => {
    expect(decodeUtf8(bytes(0xff, 0xfe, 0x61, 0x00), 'a.yaml')).toEqual({
      ok: false,
      problem: '`a.yaml` is encoded as UTF-16, save it as UTF-8',
    });
  });
});

describe('readWorkflowFile', () => {
  test('reads a file as text', () => {
    const path = join(directory, 'ok.yaml');
    writeFileSync(path, 'workflow: {}\n');
    expect(readWorkflowFile(path, 'ok.yaml')).toEqual({ ok: true, text: 'workflow: {}\n' });
  });

  test('rejects a file over the size limit before reading it', () => {
    const path = join(directory, 'big.yaml');
    writeFileSync(path, 'x'.repeat(101));
    expect(readWorkflowFile(path, 'big.yaml', 100)).toEqual({
      ok: false,
      problem: '`big.yaml` is too large: 101 bytes, the maximum is 100',
      tooLargeBytes: 101,
    });
  });

  test('accepts a file exactly at the size limit', () => {
    const path = join(directory, 'edge.yaml');
    writeFileSync(path, 'x'.repeat(100));
    expect(readWorkflowFile(path, 'edge.yaml', 100).ok).toBe(true);
  });

  test('reports a missing file by name', () => {
    expect(readWorkflowFile(join(directory, 'gone.yaml'), 'gone.yaml')).toEqual({
      ok: false,
      problem: 'cannot read `gone.yaml`: file not found',
    });
  });
});

describe('maxWorkflowFileBytes', () => {
  test('is the largest UTF-8 size within the engine limit', () => {
    // Three bytes per UTF-16 code unit at most, plus a byte order mark the reader drops
    expect(maxWorkflowFileBytes).toBe(limits.maxSourceLength * 3 + 3);
  });
});

describe('describeFsError', () => {
  function errnoError(code: string, errno: number): NodeJS.ErrnoException {
    return Object.assign(new Error(`${code}: raw message, stat '/some/path'`), { code, errno });
  }

  test('describes common errno codes in words', () => {
    expect(describeFsError(errnoError('ELOOP', -40))).toBe('symbolic link loop');
    expect(describeFsError(errnoError('ENOENT', -2))).toBe('file not found');
    expect(describeFsError(errnoError('EACCES', -13))).toBe('permission denied');
    expect(describeFsError(errnoError('ENOTDIR', -20))).toBe('a part of the path is not a directory');
    expect(describeFsError(errnoError('ENAMETOOLONG', -36))).toBe('file name too long');
  });

  test('falls back to the system message and the code', () => {
    expect(describeFsError(errnoError('EROFS', -30))).toBe('read-only file system (`EROFS`)');
  });

  test('names a code without errno', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toBe('system error `EWEIRD`');
  });

  test('uses the message of an error without code', () => {
    expect(describeFsError(new Error('disk on fire'))).toBe('disk on fire');
  });
});
