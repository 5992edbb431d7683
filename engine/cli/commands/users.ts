import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { requirePrincipalName, requireRoles } from '../credential-options.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import type { Command } from './command.ts';

const optionSpecs: OptionSpecs = {
  username: { type: 'string' },
  roles: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** Maximum password length, in characters. A longer stdin is more likely the wrong file than a password. */
const MAX_PASSWORD_LENGTH = 1024;

const help = `Creates users for the password grant of wf serve (POST /auth/token).

subcommands:
  hash-password   read a password from stdin and print the WF_USERS entry that stores its hash

options of hash-password:
      --username NAME   the user's name: letters, digits and . _ @ -, at most 64 characters
      --roles ROLES     viewer, operator or admin; several separated by commas (operator,viewer)
  -h, --help            show this help

The password is read from stdin, never from the command line, where other users of the machine
and the shell history could see it. One trailing newline is removed. Pipe it in from a password
manager or a file, for example:

  wf users hash-password --username alice --roles operator < alice-password.txt

stdout gets only the line to add to .env; the explanation goes to stderr. The entry holds a salted
PBKDF2-SHA256 hash (600,000 iterations), never the password. Separate entries in WF_USERS with \`;\`.
`;

export const usersCommand: Command = {
  name: 'users',
  summary: 'hash passwords for the users of the platform API',
  usage: 'wf users hash-password --username NAME --roles operator[,viewer] < password-file',
  help,
  run: runUsers,
};

async function runUsers(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'users');
  if (values.help === true) {
    context.stdout.write(`usage: ${usersCommand.usage}\n\n${help}`);
    return 0;
  }

  const [subcommand, extra] = positionals;
  if (subcommand === undefined) {
    throw new UsageError('missing subcommand; use `wf users hash-password`', 'users');
  }
  if (subcommand !== 'hash-password') {
    throw new UsageError(`unknown subcommand \`${subcommand}\`; use \`hash-password\``, 'users');
  }
  if (extra !== undefined) {
    throw new UsageError(
      `unexpected argument \`${extra}\`; the password is read from stdin, never from the arguments`,
      'users',
    );
  }

  const { formatUserEntry, hashPassword, USERS_VARIABLE } = await import('../../security/index.ts');

  const username = requirePrincipalName(values.username, '--username', 'users');
  const roles = requireRoles(values.roles, 'users');

  const password = await readPassword();
  const passwordHash = await hashPassword(password);
  const entry = formatUserEntry({ username, roles, passwordHash });

  context.stderr.write(`add this line to .env; to keep other users, join their entries to it with \`;\`:\n`);
  context.stdout.write(`${USERS_VARIABLE}="${entry}"\n`);
  return 0;
}

/**
 * Reads the whole of stdin as the password and removes one trailing line break, which `echo` and most
 * editors add. A terminal is rejected rather than read, because the typed password would be echoed.
 * NOTE: prompting on a terminal with echo turned off would need raw mode; until then, pipe the password in.
 */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY === true) {
    throw new UsageError(
      'stdin is a terminal; pipe the password in, for example `wf users hash-password ... < password-file`',
      'users',
    );
  }

  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');

  if (password === '') {
    throw new UsageError('no password on stdin; pipe in a non-empty password', 'users');
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new UsageError(
      `the password on stdin is longer than ${MAX_PASSWORD_LENGTH} characters; check that stdin is the password`,
      'users',
    );
  }
  return password;
}
