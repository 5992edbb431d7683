import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  DEMO_ADMIN_API_KEY,
  DEMO_EXPIRED_API_KEY,
  DEMO_OPERATOR_API_KEY,
  DEMO_REVOKED_API_KEY,
  DEMO_TOKEN_SECRET,
  DEMO_USERS,
  DEMO_VIEWER_API_KEY,
} from '../../engine/api/index.ts';
import { PERMISSION_MATRIX, verifyApiKey, verifyPassword } from '../../engine/security/index.ts';
import { demo, START } from './adapters.ts';

const page = readFileSync(
  fileURLToPath(new URL('../../docs-content/api/security.md', import.meta.url)),
  'utf8',
);

describe('security guide', () => {
  test('permission table matches PERMISSION_MATRIX', () => {
    const section = page.split('## Roles and permissions')[1]?.split('\n## ')[0] ?? '';
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    const yesNo = (granted: boolean) => (granted ? 'yes' : 'no');
    const expected = PERMISSION_MATRIX.map(
      (row) =>
        `| \`${row.permission}\` | ${row.description} | ${yesNo(row.grantedTo.viewer)} | ${yesNo(row.grantedTo.operator)} | ${yesNo(row.grantedTo.admin)} |`,
    );

    expect(rows).toEqual(expected);
  });

  test('page lists every demo credential', () => {
    const values = [
      DEMO_VIEWER_API_KEY,
      DEMO_OPERATOR_API_KEY,
      DEMO_ADMIN_API_KEY,
      DEMO_REVOKED_API_KEY,
      DEMO_EXPIRED_API_KEY,
      DEMO_TOKEN_SECRET,
      ...DEMO_USERS.flatMap((user) => [user.username, user.password]),
    ];

    for (const value of values) expect(page).toContain(`\`${value}\``);
  });
});

describe('demo credentials', () => {
  test.each([
    [DEMO_VIEWER_API_KEY, 'demo-viewer', ['viewer']],
    [DEMO_OPERATOR_API_KEY, 'demo-operator', ['operator']],
    [DEMO_ADMIN_API_KEY, 'demo-admin', ['admin']],
  ])('key of %s verifies', async (key, owner, roles) => {
    const result = await verifyApiKey((await demo()).apiKeys, key, START);

    expect(result).toMatchObject({ ok: true, identity: { subject: owner, roles } });
  });

  test('revoked and expired keys are rejected for their reason', async () => {
    const { apiKeys } = await demo();

    expect(await verifyApiKey(apiKeys, DEMO_REVOKED_API_KEY, START)).toEqual({
      ok: false,
      reason: 'revoked',
    });
    expect(await verifyApiKey(apiKeys, DEMO_EXPIRED_API_KEY, START)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  test('each demo user logs in with its password and role', async () => {
    const { users } = await demo();
    for (const user of DEMO_USERS) {
      const result = await verifyPassword(users, user.username, user.password);
      expect(result).toMatchObject({ ok: true, identity: { subject: user.username, roles: [user.role] } });
    }
  });
});
