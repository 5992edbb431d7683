import { globSync, readdirSync, type Stats, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from './read-workflow-file.ts';

/** A file to validate: where it is, and how diagnostics and messages name it. */
export interface InputFile {
  path: string;
  displayPath: string;
}

export interface ExpandedFiles {
  files: InputFile[];
  /** One sentence per argument that named no readable file, in argument order. */
  problems: string[];
}

const globCharacters = /[*?[\]{}]/;
const workflowExtension = /\.ya?ml$/i;

/**
 * Expands the file arguments of `wf validate` in order. An existing file is taken as it is. A directory means
 * the `.yaml` and `.yml` files directly inside it. Any other argument with glob characters is expanded with
 * `node:fs` globSync, so quoted patterns work on every shell. A missing path, and a glob or directory that
 * yields no file, is a problem. A file named twice is validated once. Display paths are relative to `cwd`
 * with `/` separators, unless the argument was absolute.
 */
export function expandFileArguments(args: readonly string[], cwd: string): ExpandedFiles {
  const files: InputFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();

  const add = (path: string, argument: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, displayPath: toDisplayPath(path, cwd, isAbsolute(argument)) });
  };

  for (const argument of args) {
    const path = resolve(cwd, argument);
    const stats = statPath(path);

    if (stats === undefined && globCharacters.test(argument)) {
      const matches = expandGlob(argument, cwd);
      if (matches.length === 0) problems.push(`no files match \`${argument}\``);
      for (const match of matches) add(match, argument);
      continue;
    }

    if (stats === undefined || stats instanceof Error) {
      problems.push(`cannot read \`${argument}\`: ${stats?.message ?? 'file not found'}`);
      continue;
    }

    if (stats.isDirectory()) {
      const entries = listWorkflowFiles(path);
      if (entries instanceof Error)
        problems.push(`cannot read directory \`${argument}\`: ${entries.message}`);
      else if (entries.length === 0)
        problems.push(`no \`.yaml\` or \`.yml\` files in directory \`${argument}\``);
      else for (const entry of entries) add(entry, argument);
      continue;
    }

    if (!stats.isFile()) {
      problems.push(`cannot read \`${argument}\`: not a regular file`);
      continue;
    }
    add(path, argument);
  }

  return { files, problems };
}

/** Returns undefined for a path that does not exist, and an Error carrying the reason when stat fails otherwise. */
function statPath(path: string): Stats | Error | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return new Error(describeFsError(error));
  }
}

function isFile(path: string): boolean {
  const stats = statPath(path);
  return stats !== undefined && !(stats instanceof Error) && stats.isFile();
}

function expandGlob(pattern: string, cwd: string): string[] {
  const matches = globSync(pattern.replaceAll(sep, '/'), { cwd })
    .map((match) => resolve(cwd, match))
    .filter(isFile);
  return matches.sort(comparePaths);
}

function listWorkflowFiles(directory: string): string[] | Error {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    return new Error(describeFsError(error));
  }

  const paths = names
    .filter((name) => workflowExtension.test(name))
    .map((name) => join(directory, name))
    .filter(isFile);
  return paths.sort(comparePaths);
}

/** Sorts by code unit, not locale, so the order is the same on every machine. */
function comparePaths(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function toDisplayPath(path: string, cwd: string, keepAbsolute: boolean): string {
  const shown = keepAbsolute ? path : relative(cwd, path);
  return isAbsolute(shown) ? shown : shown.split(sep).join('/');
}
