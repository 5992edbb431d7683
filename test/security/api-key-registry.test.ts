import { describe, expect, test } from 'vitest';
import { parseApiKeyRegistry } from '../../engine/security/api-key-registry.ts';
import { formatConfigIssue } from '../../engine/security/config-issue.ts';

const HASH = `hmac-sha256.${'ab'.repeat(16)}.${'cd'.repeat(32)}`;
const PLAIN_KEY = `wfk_0123456789abcdef_${'9'.repeat(64)}`;

describe('parseApiKeyRegistry', () => {
  test('reads entries separated by semicolons and new lines', () => {
    const result = parseApiKeyRegistry(
      `0123456789abcdef,alice,operator+viewer,${HASH},2026-12-31,active;\n# rotated key\nfedcba9876543210,alice@desk,admin,${HASH},,revoked\n`,
    );
    expect(result).toEqual({
      ok: true,
      registry: new Map([
        [
          '0123456789abcdef',
          {
            id: '0123456789abcdef',
            owner: 'alice',
            roles: ['operator', 'viewer'],
            hash: HASH,
            expiresAt: Date.UTC(2026, 11, 31),
            revoked: false,
          },
        ],
        [
          'fedcba9876543210',
          {
            id: 'fedcba9876543210',
            owner: 'alice@desk',
            roles: ['admin'],
            hash: HASH,
            expiresAt: undefined,
            revoked: true,
          },
        ],
      ]),
    });
  });

  test('reports each bad field with its entry number', () => {
    const result = parseApiKeyRegistry(
      `0123456789abcdef,alice,operator,${HASH},,active;XYZ,bo b,root,nothash,2026-02-30,maybe`,
    );
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.issues.map((issue) => formatConfigIssue('WF_API_KEYS', issue));
    expect(lines).toEqual([
      'WF_API_KEYS: entry 2 (`id`): invalid id `XYZ`; expected 16 lowercase hex characters',
      'WF_API_KEYS: entry 2 (`owner`): invalid owner `bo b`; expected letters, digits and `. _ @ -`, at most 64 characters',
      'WF_API_KEYS: entry 2 (`roles`): unknown role `root`; expected `viewer`, `operator`, `admin`',
      'WF_API_KEYS: entry 2 (`hash`): invalid hash; expected `hmac-sha256.<32 hex characters>.<64 hex characters>`',
      'WF_API_KEYS: entry 2 (`expiresAt`): invalid expiry `2026-02-30`; expected empty, `2026-12-31` or `2026-12-31T18:00:00Z`',
      'WF_API_KEYS: entry 2 (`status`): invalid status `maybe`; expected `active` or `revoked`',
    ]);
  });

  test('never echoes a plain key pasted as an entry', () => {
    const result = parseApiKeyRegistry(PLAIN_KEY);
    const text = JSON.stringify(result);
    expect(text).not.toContain('9999999999');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          entry: 1,
          message: 'contains a plain API key; store only the line printed when the key was created',
        },
      ],
    });
  });

  test('never echoes a plain key pasted in the hash field', () => {
    const result = parseApiKeyRegistry(
      `0123456789abcdef,alice,operator,${PLAIN_KEY.replaceAll(',', '')},,active`,
    );
    expect(JSON.stringify(result)).not.toContain('9999999999');
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'contains a plain API key; store only the hash line printed when the key was created',
    ]);
  });

  test('never echoes a long value in a shifted field', () => {
    const result = parseApiKeyRegistry(`0123456789abcdef,alice,operator,,${HASH},active`);
    expect(JSON.stringify(result)).not.toContain('cdcdcdcd');
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'invalid hash; expected `hmac-sha256.<32 hex characters>.<64 hex characters>`',
      'invalid expiry a 109-character value (not shown); expected empty, `2026-12-31` or `2026-12-31T18:00:00Z`',
    ]);
  });

  test('rejects a wrong field count and duplicate ids', () => {
    const result = parseApiKeyRegistry(
      `0123456789abcdef,alice,operator;0123456789abcdef,alice,operator,${HASH},,active;0123456789abcdef,bob,viewer,${HASH},,active`,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { entry: 1, message: 'expected 6 fields `id,owner,roles,hash,expiresAt,status`, found 3' },
        { entry: 3, field: 'id', message: 'duplicate key id `0123456789abcdef`; each key needs its own id' },
      ],
    });
  });

  test('an empty variable is an empty registry', () => {
    expect(parseApiKeyRegistry('  ')).toEqual({ ok: true, registry: new Map() });
  });
});
