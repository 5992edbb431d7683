import { globSync, lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from './read-workflow-file.ts';

/** A file to validate: where it is, and how diagnostics and messages name it. */
export interface InputFile {
  path: string;
  displayPath: string;
}

export interface ExpandedFiles {
  files: InputFile[];
  /** One sentence per argument or entry that named no readable file, in argument order. */
  problems: string[];
}

/** Kind of a path found on disk. A `problem` carries the reason the path cannot be validated. */
type EntryKind = { kind: 'file' } | { kind: 'directory' } | { kind: 'problem'; reason: string };

/** A path that a directory listing or a glob yielded, with what it is. */
interface FoundEntry {
  path: string;
  entry: EntryKind;
}

const globCharacters = /[*?[\]{}]/;
const workflowExtension = /\.ya?ml$/i;

/**
 * Expands the file arguments of `wf validate` in order. An existing file is taken as it is. A directory means
 * the `.yaml` and `.yml` files directly inside it. Any other argument with glob characters is expanded with
 * `node:fs` globSync, so quoted patterns work on every shell. A missing path, and a glob or directory that
 * yields no file, is a problem. So is an entry of a directory or glob that is not a readable regular file
 * (a dangling symbolic link, a link loop, a FIFO), while subdirectories are skipped. A file reached twice, by
 * the same path or through a symbolic link, is validated once under the name it was first reached by.
 * Display paths are relative to `cwd` with `/` separators, unless the argument was absolute.
 */
export function expandFileArguments(args: readonly string[], cwd: string): ExpandedFiles {
  const files: InputFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();

  const firstVisit = (path: string) => {
    const key = canonicalPath(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const addEntry = ({ path, entry }: FoundEntry, argument: string) => {
    if (!firstVisit(path)) return;

    const displayPath = toDisplayPath(path, cwd, isAbsolute(argument));
    if (entry.kind === 'problem') problems.push(`cannot read \`${displayPath}\`: ${entry.reason}`);
    else files.push({ path, displayPath });
  };

  for (const argument of args) {
    const path = resolve(cwd, argument);
    const entry = classifyPath(path);

    if (!pathExists(path) && globCharacters.test(argument)) {
      const matches = expandGlob(argument, cwd);
      if (matches.length === 0) problems.push(`no files match \`${argument}\``);
      for (const match of matches) addEntry(match, argument);
      continue;
    }

    if (entry.kind === 'directory') {
      const entries = listWorkflowEntries(path);
      if (entries instanceof Error) {
        problems.push(`cannot read directory \`${argument}\`: ${entries.message}`);
      } else if (entries.length === 0) {
        problems.push(`no \`.yaml\` or \`.yml\` files in directory \`${argument}\``);
      } else {
        for (const found of entries) addEntry(found, argument);
      }
      continue;
    }

    if (!firstVisit(path)) continue;
    if (entry.kind === 'problem') problems.push(`cannot read \`${argument}\`: ${entry.reason}`);
    else files.push({ path, displayPath: toDisplayPath(path, cwd, isAbsolute(argument)) });
  }

  return { files, problems };
}

function classifyPath(path: string): EntryKind {
  let stats: Stats | undefined;
  try {
    stats = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return { kind: 'problem', reason: describeFsError(error) };
  }

  if (stats === undefined) {
    return {
      kind: 'problem',
      reason: existsAsLink(path) ? 'symbolic link to a missing file' : 'file not found',
    };
  }
  if (stats.isDirectory()) return { kind: 'directory' };
  if (stats.isFile()) return { kind: 'file' };
  return { kind: 'problem', reason: 'not a regular file' };
}

/** Tells whether `path` itself exists as a symbolic link, whatever it points to. */
function existsAsLink(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;
  } catch {
    return false;
  }
}

/** Tells whether anything is at `path`, a dangling link included. A path that cannot be looked up counts as present. */
function pathExists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

/**
 * Returns the key that identifies the file behind `path`: its real path, or, when the path cannot be resolved
 * (a dangling link, a loop), the real path of its folder joined with its name.
 */
function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** Expands a glob pattern to its matches other than directories, sorted. */
function expandGlob(pattern: string, cwd: string): FoundEntry[] {
  const paths = globSync(pattern.replaceAll(sep, '/'), { cwd }).map((match) => resolve(cwd, match));
  return withoutDirectories(paths.sort(comparePaths));
}

/** Lists the entries of `directory` named `*.yaml` or `*.yml`, other than directories, sorted. */
function listWorkflowEntries(directory: string): FoundEntry[] | Error {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch (error) {
    return new Error(describeFsError(error));
  }

  const paths = names.filter((name) => workflowExtension.test(name)).map((name) => join(directory, name));
  return withoutDirectories(paths.sort(comparePaths));
}

function withoutDirectories(paths: readonly string[]): FoundEntry[] {
  return paths
    .map((path) => ({ path, entry: classifyPath(path) }))
    .filter((found) => found.entry.kind !== 'directory');
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
