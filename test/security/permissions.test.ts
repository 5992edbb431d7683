import { describe, expect, test } from 'vitest';
import { hasPermission, PERMISSION_MATRIX, requiredRoleFor } from '../../engine/security/permissions.ts';

describe('hasPermission', () => {
  test('viewer reads but does not trigger', () => {
    expect(hasPermission(['viewer'], 'templates:read')).toBe(true);
    expect(hasPermission(['viewer'], 'runs:read')).toBe(true);
    expect(hasPermission(['viewer'], 'workflows:trigger')).toBe(false);
    expect(hasPermission(['viewer'], 'runs:cancel-own')).toBe(false);
  });

  test('operator cancels own runs but not any run', () => {
    expect(hasPermission(['operator'], 'workflows:trigger')).toBe(true);
    expect(hasPermission(['operator'], 'templates:validate')).toBe(true);
    expect(hasPermission(['operator'], 'runs:cancel-own')).toBe(true);
    expect(hasPermission(['operator'], 'runs:cancel-any')).toBe(false);
  });

  test('admin cancels any run', () => {
    expect(hasPermission(['admin'], 'runs:cancel-any')).toBe(true);
  });

  test('unknown role strings grant nothing', () => {
    expect(hasPermission(['root', 'workflows:admin', '__proto__'], 'templates:read')).toBe(false);
    expect(hasPermission([], 'templates:read')).toBe(false);
  });
});

describe('requiredRoleFor', () => {
  test('returns the least role granting each permission', () => {
    expect(requiredRoleFor('templates:read')).toBe('viewer');
    expect(requiredRoleFor('runs:read')).toBe('viewer');
    expect(requiredRoleFor('workflows:trigger')).toBe('operator');
    expect(requiredRoleFor('templates:validate')).toBe('operator');
    expect(requiredRoleFor('runs:cancel-own')).toBe('operator');
    expect(requiredRoleFor('runs:cancel-any')).toBe('admin');
  });
});

test('permission matrix rows match the role table', () => {
  expect(
    PERMISSION_MATRIX.map((row) => [
      row.permission,
      row.grantedTo.viewer,
      row.grantedTo.operator,
      row.grantedTo.admin,
    ]),
  ).toEqual([
    ['templates:read', true, true, true],
    ['runs:read', true, true, true],
    ['workflows:trigger', false, true, true],
    ['templates:validate', false, true, true],
    ['runs:cancel-own', false, true, true],
    ['runs:cancel-any', false, false, true],
  ]);
});
