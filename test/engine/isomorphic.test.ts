import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

// Everything in engine/ runs in the browser too, except the command line, which is the Node edge
const engineRoot = join(import.meta.dirname, '../../engine');
const nodeEdge = join(engineRoot, 'cli');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === nodeEdge ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Source text without comments, so prose such as "the document." is not taken for a DOM access. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

test('engine imports no Node-only modules', () => {
  const offenders = sourceFiles(engineRoot).filter((file) =>
    /from '(node:|fs'|path'|os'|child_process')/.test(codeOf(file)),
  );

  expect(offenders.map((file) => relative(engineRoot, file))).toEqual([]);
});

test('engine does not touch process or the DOM', () => {
  const offenders = sourceFiles(engineRoot).filter((file) =>
    /(?<![\w/.-])(process|document|window)\.\w/.test(codeOf(file)),
  );

  expect(offenders.map((file) => relative(engineRoot, file))).toEqual([]);
});

test('guard covers every engine folder but the cli', () => {
  const folders = new Set(sourceFiles(engineRoot).map((file) => relative(engineRoot, file).split('/')[0]));

  expect([...folders].sort()).toEqual(['api', 'security', 'templates', 'workflow']);
});
