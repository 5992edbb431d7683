/**
 * Roles of the platform API, from least to most privileged. Each role holds every permission of the
 * roles before it, so the list order is also the order `requiredRoleFor` searches.
 */
export const ROLES = ['viewer', 'operator', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
