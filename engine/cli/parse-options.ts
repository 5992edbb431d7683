import { parseArgs } from 'node:util';
import { UsageError } from './cli-error.ts';
import { didYouMean } from './suggest.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedOptions {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses `args` with `node:util` parseArgs, but checks the tokens itself so that an unknown option, a
 * missing value, a value given to a flag or a string option given twice becomes a {@link UsageError} that
 * names the option and suggests the closest known one. parseArgs' own strict-mode errors name neither in a
 * form worth showing, and without the check a second value would silently replace the first.
 */
export function parseOptions(args: readonly string[], specs: OptionSpecs, command: string): ParsedOptions {
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options: specs,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });

  const optionsSeen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;

    const spec = specs[token.name];
    if (spec === undefined) {
      const hint = token.rawName.startsWith('--') ? didYouMean(token.name, Object.keys(specs), '--') : '';
      throw new UsageError(`unknown option \`${token.rawName}\`${hint}`, command);
    }
    // In non-strict mode parseArgs reads `--format --quiet` as format `--quiet`, so reject a value that looks like an option
    const valueIsAnOption = token.inlineValue === false && token.value?.startsWith('-') === true;
    if (spec.type === 'string' && (token.value === undefined || valueIsAnOption)) {
      throw new UsageError(`option \`${token.rawName}\` needs a value`, command);
    }
    if (spec.type === 'boolean' && token.inlineValue === true) {
      throw new UsageError(`option \`${token.rawName}\` takes no value`, command);
    }
    if (spec.type === 'string' && optionsSeen.has(token.name)) {
      const spelling = spec.short === undefined ? '' : ` (or \`-${spec.short}\`)`;
      throw new UsageError(`option \`--${token.name}\`${spelling} can be given only once`, command);
    }
    optionsSeen.add(token.name);
  }

  return { values: values as ParsedOptions['values'], positionals };
}
