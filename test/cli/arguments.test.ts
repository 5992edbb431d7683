import { describe, expect, test } from 'vitest';
import { UsageError } from '../../engine/cli/cli-error.ts';
import { shouldUseColor } from '../../engine/cli/color.ts';
import { type OptionSpecs, parseOptions } from '../../engine/cli/parse-options.ts';
import { suggestClosest } from '../../engine/cli/suggest.ts';

const specs: OptionSpecs = {
  format: { type: 'string', short: 'f' },
  quiet: { type: 'boolean', short: 'q' },
};

function usageMessage(args: string[]): string {
  try {
    parseOptions(args, specs, 'validate');
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('parseOptions', () => {
  test('reads options and positionals in any order', () => {
    expect(parseOptions(['a.yaml', '-f', 'json', '--quiet', 'b.yaml'], specs, 'validate')).toEqual({
      values: { format: 'json', quiet: true },
      positionals: ['a.yaml', 'b.yaml'],
    });
  });

  test('treats arguments after -- as files', () => {
    expect(parseOptions(['--', '--quiet'], specs, 'validate').positionals).toEqual(['--quiet']);
  });

  test('rejects an unknown long option with a suggestion', () => {
    expect(usageMessage(['--formt', 'json'])).toBe('unknown option `--formt`, did you mean `--format`?');
  });

  test('rejects an unknown short option', () => {
    expect(usageMessage(['-x'])).toBe('unknown option `-x`');
  });

  test('rejects a string option without value', () => {
    expect(usageMessage(['--format'])).toBe('option `--format` needs a value');
    expect(usageMessage(['--format', '--quiet'])).toBe('option `--format` needs a value');
  });

  test('rejects a value for a flag', () => {
    expect(usageMessage(['--quiet=yes'])).toBe('option `--quiet` takes no value');
  });

  test('rejects a repeated string option', () => {
    expect(usageMessage(['--format', 'json', '--format', 'sarif'])).toBe(
      'option `--format` (or `-f`) can be given only once',
    );
    expect(usageMessage(['-f', 'json', '--format=json'])).toBe(
      'option `--format` (or `-f`) can be given only once',
    );
  });

  test('allows a repeated flag', () => {
    expect(parseOptions(['-q', '--quiet'], specs, 'validate').values).toEqual({ quiet: true });
  });

  test('names the command in the error', () => {
    expect(() => parseOptions(['--nope'], specs, 'validate')).toThrow(
      expect.objectContaining({ command: 'validate' }),
    );
  });
});

describe('suggestClosest', () => {
  test('suggests a candidate one or two edits away', () => {
    expect(suggestClosest('valdate', ['validate', 'help'])).toBe('validate');
    expect(suggestClosest('jsno', ['pretty', 'json', 'sarif', 'github'])).toBe('json');
  });

  test('suggests nothing for a distant word', () => {
    expect(suggestClosest('xml', ['pretty', 'json', 'sarif', 'github'])).toBeUndefined();
  });

  test('suggests nothing when the edits rival the length', () => {
    expect(suggestClosest('hx', ['help'])).toBeUndefined();
  });

  test('ignores case', () => {
    expect(suggestClosest('JSON', ['json'])).toBe('json');
  });
});

describe('shouldUseColor', () => {
  test('follows the terminal by default', () => {
    expect(shouldUseColor({}, true)).toBe(true);
    expect(shouldUseColor({}, false)).toBe(false);
  });

  test('turns colour off with NO_COLOR', () => {
    expect(shouldUseColor({ NO_COLOR: '1' }, true)).toBe(false);
  });

  test('ignores an empty NO_COLOR', () => {
    expect(shouldUseColor({ NO_COLOR: '' }, true)).toBe(true);
  });

  test('turns colour on with FORCE_COLOR even off a terminal', () => {
    expect(shouldUseColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(shouldUseColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
  });

  test('turns colour off with FORCE_COLOR=0', () => {
    expect(shouldUseColor({ FORCE_COLOR: '0' }, true)).toBe(false);
  });

  test('turns colour off for a dumb terminal', () => {
    expect(shouldUseColor({ TERM: 'dumb' }, true)).toBe(false);
  });
});
