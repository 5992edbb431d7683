import { isRole, ROLES, type Role } from './roles.ts';
import { describeConfigValue } from './safe-value.ts';

/**
 * Parses roles written as `operator+viewer`. `+` separates them because `,` and `;` already separate
 * fields and entries in the credentials variables.
 */
export function parseRoleList(text: string): { roles: Role[] } | { error: string } {
  if (text === '') {
    return {
      error: `no role given; expected one or more of ${ROLES.map((role) => `\`${role}\``).join(', ')} joined by \`+\``,
    };
  }

  const roles: Role[] = [];
  for (const name of text.split('+')) {
    if (!isRole(name)) {
      return {
        error: `unknown role ${describeConfigValue(name)}; expected ${ROLES.map((role) => `\`${role}\``).join(', ')}`,
      };
    }
    if (!roles.includes(name)) {
      roles.push(name);
    }
  }
  return { roles };
}

export function formatRoleList(roles: readonly Role[]): string {
  return roles.join('+');
}
