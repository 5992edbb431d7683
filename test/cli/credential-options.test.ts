import { describe, expect, test } from 'vitest';
import { UsageError } from '../../engine/cli/cli-error.ts';
import { requireOption, requirePrincipalName, requireRoles } from '../../engine/cli/credential-options.ts';

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('requireOption', () => {
  test('returns the trimmed value', () => {
    expect(requireOption('  alice ', '--owner', 'keys')).toBe('alice');
  });

  test('rejects missing, blank and boolean values', () => {
    expect(usageMessage(() => requireOption(undefined, '--owner', 'keys'))).toBe('missing option `--owner`');
    expect(usageMessage(() => requireOption('   ', '--owner', 'keys'))).toBe('missing option `--owner`');
    expect(usageMessage(() => requireOption(true, '--owner', 'keys'))).toBe('missing option `--owner`');
  });
});

describe('requirePrincipalName', () => {
  test('accepts 64 characters and rejects 65', () => {
    const longest = `a${'b'.repeat(63)}`;
    expect(requirePrincipalName(longest, '--owner', 'keys')).toBe(longest);
    expect(usageMessage(() => requirePrincipalName(`${longest}c`, '--owner', 'keys'))).toBe(
      'option `--owner` needs letters, digits and `. _ @ -`, starting with a letter or digit, at most 64 characters',
    );
  });

  test('rejects the entry separators of .env lines', () => {
    for (const name of ['alice,admin', 'alice;bob', '-alice', 'al ice']) {
      expect(usageMessage(() => requirePrincipalName(name, '--username', 'users'))).toContain(
        'option `--username` needs letters',
      );
    }
  });
});

describe('requireRoles', () => {
  test('returns distinct roles in order', () => {
    expect(requireRoles('operator, viewer,operator', 'keys')).toEqual(['operator', 'viewer']);
  });

  test('names the first unknown role', () => {
    expect(usageMessage(() => requireRoles('viewer,root,__proto__', 'keys'))).toBe(
      'unknown role `root` in `--roles`; expected `viewer`, `operator`, `admin`',
    );
  });
});
