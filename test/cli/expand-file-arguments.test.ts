import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expandFileArguments } from '../../engine/cli/files/expand-file-arguments.ts';

const cwd = mkdtempSync(join(tmpdir(), 'wf-expand-'));

beforeAll(() => {
  for (const directory of ['flows/nested', 'empty']) mkdirSync(join(cwd, directory), { recursive: true });
  for (const file of ['flows/b.yaml', 'flows/a.yml', 'flows/notes.txt', 'flows/nested/c.yaml', 'x[1].yaml']) {
    writeFileSync(join(cwd, file), 'workflow: {}\n');
  }
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function displayPaths(args: string[]) {
  const { files, problems } = expandFileArguments(args, cwd);
  return { files: files.map((file) => file.displayPath), problems };
}

describe('expandFileArguments', () => {
  test('keeps plain paths in argument order', () => {
    expect(displayPaths(['flows/b.yaml', 'flows/a.yml'])).toEqual({
      files: ['flows/b.yaml', 'flows/a.yml'],
      problems: [],
    });
  });

  test('expands a directory to its YAML files, sorted, without recursion', () => {
    expect(displayPaths(['flows'])).toEqual({ files: ['flows/a.yml', 'flows/b.yaml'], problems: [] });
  });

  test('expands a quoted recursive glob', () => {
    expect(displayPaths(['flows/**/*.yaml'])).toEqual({
      files: ['flows/b.yaml', 'flows/nested/c.yaml'],
      problems: [],
    });
  });

  test('validates a file named twice once', () => {
    expect(displayPaths(['flows/b.yaml', 'flows', './flows/b.yaml']).files).toEqual([
      'flows/b.yaml',
      'flows/a.yml',
    ]);
  });

  test('prefers an existing file over glob syntax in its name', () => {
    expect(displayPaths(['x[1].yaml']).files).toEqual(['x[1].yaml']);
  });

  test('reports a glob without matches by its pattern', () => {
    expect(displayPaths(['flows/*.json'])).toEqual({
      files: [],
      problems: ['no files match `flows/*.json`'],
    });
  });

  test('reports a missing file and keeps the others', () => {
    expect(displayPaths(['gone.yaml', 'flows/b.yaml'])).toEqual({
      files: ['flows/b.yaml'],
      problems: ['cannot read `gone.yaml`: file not found'],
    });
  });

  test('reports a directory without YAML files', () => {
    expect(displayPaths(['empty']).problems).toEqual(['no `.yaml` or `.yml` files in directory `empty`']);
  });

  test('keeps absolute arguments absolute', () => {
    const absolute = join(cwd, 'flows/b.yaml');
    expect(displayPaths([absolute]).files).toEqual([absolute]);
  });
});
