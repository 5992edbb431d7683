/**
 * Checks of the options that `wf keys create` and `wf users hash-password` share: who a credential is for and
 * which roles it grants. Each raises UsageError naming the option, so the user sees exit status 2 and the fix.
 */
import { isRole, ROLES, type Role } from '../security/roles.ts';
import { UsageError } from './cli-error.ts';

const principalNamePattern = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** Returns the trimmed value of a string option, or raises when it is missing or blank. */
export function requireOption(value: string | boolean | undefined, option: string, command: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`missing option \`${option}\``, command);
  }
  return value.trim();
}

/** Returns a key owner or user name, which ends up in logs and in `.env` entries split on `,` and `;`. */
export function requirePrincipalName(
  value: string | boolean | undefined,
  option: string,
  command: string,
): string {
  const name = requireOption(value, option, command);
  if (!principalNamePattern.test(name)) {
    throw new UsageError(
      `option \`${option}\` needs letters, digits and \`. _ @ -\`, starting with a letter or digit, at most 64 characters`,
      command,
    );
  }
  return name;
}

/** Returns the distinct roles of a comma-separated `--roles` value, or raises on the first unknown one. */
export function requireRoles(value: string | boolean | undefined, command: string): Role[] {
  const roleNames = requireOption(value, '--roles', command)
    .split(',')
    .map((role) => role.trim());

  const unknown = roleNames.find((role) => !isRole(role));
  if (unknown !== undefined) {
    const expected = ROLES.map((role) => `\`${role}\``).join(', ');
    throw new UsageError(`unknown role \`${unknown}\` in \`--roles\`; expected ${expected}`, command);
  }
  return [...new Set(roleNames.filter(isRole))];
}
