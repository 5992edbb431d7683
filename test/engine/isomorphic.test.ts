import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../engine/workflow');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'simulate' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

test('validator imports no Node-only modules', () => {
  const offenders = sourceFiles(root).filter((file) =>
    /from '(node:|fs|path|os|child_process)/.test(readFileSync(file, 'utf8')),
  );

  expect(offenders.map((file) => relative(root, file))).toEqual([]);
});

test('validator does not touch process or the DOM', () => {
  const offenders = sourceFiles(root).filter((file) =>
    /(?<![\w/.-])(process|document|window)\.\w/.test(readFileSync(file, 'utf8')),
  );

  expect(offenders.map((file) => relative(root, file))).toEqual([]);
});
