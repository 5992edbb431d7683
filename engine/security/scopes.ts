import { ROLES, type Role } from './roles.ts';

/**
 * OAuth2 scopes and the role each grants. A token carries scopes in the space-separated `scope` claim
 * (RFC 9068); the identity's roles are the roles of the scopes it holds. Scopes this platform does not
 * know are kept on the identity but grant nothing.
 */
export const SCOPE_ROLES = {
  'workflows:read': 'viewer',
  'workflows:operate': 'operator',
  'workflows:admin': 'admin',
} as const satisfies Record<string, Role>;

export type Scope = keyof typeof SCOPE_ROLES;

export function scopeForRole(role: Role): Scope {
  const entry = Object.entries(SCOPE_ROLES).find(([, scopeRole]) => scopeRole === role);
  return (entry as [Scope, Role])[0];
}

/** Returns the roles granted by `scopes`, in `ROLES` order and without duplicates. */
export function rolesFromScopes(scopes: readonly string[]): Role[] {
  const granted = new Set<string>();
  for (const scope of scopes) {
    if (Object.hasOwn(SCOPE_ROLES, scope)) {
      granted.add(SCOPE_ROLES[scope as Scope]);
    }
  }
  return ROLES.filter((role) => granted.has(role));
}

/** Splits an RFC 6749 scope string (scope tokens separated by spaces). */
export function splitScopes(scope: string): string[] {
  return scope.split(' ').filter((token) => token !== '');
}
