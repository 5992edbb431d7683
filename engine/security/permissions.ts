import { isRole, ROLES, type Role } from './roles.ts';

export const PERMISSIONS = [
  'templates:read',
  'runs:read',
  'workflows:trigger',
  'templates:validate',
  'runs:cancel-own',
  'runs:cancel-any',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** One line per permission, for the docs' permission table. */
export const PERMISSION_DESCRIPTIONS: Readonly<Record<Permission, string>> = {
  'templates:read': 'list and read templates',
  'runs:read': 'list and read runs',
  'workflows:trigger': 'trigger a workflow or template run',
  'templates:validate': 'validate a template or an inline workflow',
  'runs:cancel-own': 'cancel a run that the same identity triggered',
  'runs:cancel-any': 'cancel any run',
};

/**
 * Permissions granted by each role, spelled out in full rather than inherited, so the docs can render
 * the table directly from this object.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: ['templates:read', 'runs:read'],
  operator: ['templates:read', 'runs:read', 'workflows:trigger', 'templates:validate', 'runs:cancel-own'],
  admin: [...PERMISSIONS],
};

export interface PermissionMatrixRow {
  permission: Permission;
  description: string;
  grantedTo: Readonly<Record<Role, boolean>>;
}

/** The role and permission table as rows, one per permission, in `PERMISSIONS` order. */
export const PERMISSION_MATRIX: readonly PermissionMatrixRow[] = PERMISSIONS.map((permission) => ({
  permission,
  description: PERMISSION_DESCRIPTIONS[permission],
  grantedTo: {
    viewer: ROLE_PERMISSIONS.viewer.includes(permission),
    operator: ROLE_PERMISSIONS.operator.includes(permission),
    admin: ROLE_PERMISSIONS.admin.includes(permission),
  },
}));

/**
 * Returns whether any of `roles` grants `permission`. Strings that are not known roles (a token may carry
 * scopes of other services) grant nothing.
 */
export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  // `isRole` first, so names such as `__proto__` never index the object.
  return roles.some((role) => isRole(role) && ROLE_PERMISSIONS[role].includes(permission));
}

/** Returns the least privileged role that grants `permission`, for messages like "requires `operator`". */
export function requiredRoleFor(permission: Permission): Role {
  const role = ROLES.find((candidate) => ROLE_PERMISSIONS[candidate].includes(permission));
  if (role === undefined) {
    throw new TypeError(`no role grants permission \`${permission}\``);
  }
  return role;
}
