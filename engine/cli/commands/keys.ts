import type { CliContext } from '../cli-context.ts';
import { UsageError } from '../cli-error.ts';
import { requirePrincipalName, requireRoles } from '../credential-options.ts';
import { type OptionSpecs, parseOptions } from '../parse-options.ts';
import type { Command } from './command.ts';

const optionSpecs: OptionSpecs = {
  owner: { type: 'string' },
  roles: { type: 'string' },
  expires: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

const help = `Creates an API key for wf serve and the platform API.

subcommands:
  create   make a new key and print it once, with the entry to add to WF_API_KEYS

options of create:
      --owner NAME      who holds the key: letters, digits and . _ @ -, at most 64 characters
      --roles ROLES     viewer, operator or admin; several separated by commas (operator,viewer)
      --expires DATE    UTC date or time from which the key is rejected: 2027-01-01 or
                        2027-01-01T18:00:00Z (default: no expiry)
  -h, --help            show this help

The key is printed once and stored nowhere: the WF_API_KEYS entry holds only a salted hash.
To rotate a key, create a new one for the same owner, switch the client over, then mark the
old entry \`revoked\` or delete it.
`;

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create API keys for the platform API',
  usage: 'wf keys create --owner NAME --roles operator[,viewer] [--expires 2027-01-01]',
  help,
  run: runKeys,
};

async function runKeys(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, optionSpecs, 'keys');
  if (values.help === true) {
    context.stdout.write(`usage: ${keysCommand.usage}\n\n${help}`);
    return 0;
  }

  const [subcommand, extra] = positionals;
  if (subcommand === undefined) throw new UsageError('missing subcommand; use `wf keys create`', 'keys');
  if (subcommand !== 'create')
    throw new UsageError(`unknown subcommand \`${subcommand}\`; use \`create\``, 'keys');
  if (extra !== undefined) throw new UsageError(`unexpected argument \`${extra}\``, 'keys');

  const { createApiKey, API_KEYS_VARIABLE } = await import('../../security/index.ts');
  const { parseUtcTimestamp } = await import('../../security/timestamp.ts');

  const owner = requirePrincipalName(values.owner, '--owner', 'keys');
  const roles = requireRoles(values.roles, 'keys');

  let expiresAt: number | undefined;
  if (values.expires !== undefined) {
    expiresAt = parseUtcTimestamp(String(values.expires));
    if (expiresAt === undefined) {
      throw new UsageError(
        `option \`--expires\` needs a UTC date such as \`2027-01-01\` or \`2027-01-01T18:00:00Z\`, got \`${String(values.expires)}\``,
        'keys',
      );
    }
  }

  const created = await createApiKey({ owner, roles, expiresAt });
  context.stdout.write(
    [
      `new API key for \`${owner}\`; it is shown only this once and stored nowhere:`,
      '',
      `  ${created.key}`,
      '',
      `add this entry to ${API_KEYS_VARIABLE} in .env, separated from other entries by \`;\`:`,
      '',
      `  ${API_KEYS_VARIABLE}="${created.registryEntry}"`,
      '',
    ].join('\n'),
  );
  return 0;
}
