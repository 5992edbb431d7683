import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('expandFileArguments with links and special files', () => {
  const root = mkdtempSync(join(tmpdir(), 'wf-expand-links-'));

  beforeAll(() => {
    mkdirSync(join(root, 'real/sub'), { recursive: true });
    mkdirSync(join(root, 'odd/folder.yaml'), { recursive: true });
    writeFileSync(join(root, 'real/a.yaml'), 'workflow: {}\n');
    writeFileSync(join(root, 'real/sub/b.yaml'), 'workflow: {}\n');
    writeFileSync(join(root, 'odd/good.yaml'), 'workflow: {}\n');
    symlinkSync('real', join(root, 'linked'));
    symlinkSync('loop-b.yaml', join(root, 'odd/loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(root, 'odd/loop-b.yaml'));
    symlinkSync('/nonexistent/target.yaml', join(root, 'odd/dangling.yaml'));
    execFileSync('mkfifo', [join(root, 'odd/pipe.yaml')]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function expand(args: string[]) {
    const { files, problems } = expandFileArguments(args, root);
    return { files: files.map((file) => file.displayPath), problems };
  }

  test('describes a symbolic link loop in words', () => {
    expect(expand(['odd/loop-a.yaml'])).toEqual({
      files: [],
      problems: ['cannot read `odd/loop-a.yaml`: symbolic link loop'],
    });
  });

  test('directory reports entries it cannot read', () => {
    expect(expand(['odd'])).toEqual({
      files: ['odd/good.yaml'],
      problems: [
        'cannot read `odd/dangling.yaml`: symbolic link to a missing file',
        'cannot read `odd/loop-a.yaml`: symbolic link loop',
        'cannot read `odd/loop-b.yaml`: symbolic link loop',
        'cannot read `odd/pipe.yaml`: not a regular file',
      ],
    });
  });

  test('glob reports matches it cannot read and skips directories', () => {
    expect(expand(['odd/*.yaml'])).toEqual(expand(['odd']));
  });

  test('file behind a linked directory is validated once', () => {
    expect(expand(['linked/**/*.yaml', 'real/**/*.yaml'])).toEqual({
      files: ['linked/a.yaml', 'linked/sub/b.yaml'],
      problems: [],
    });
  });

  test('overlapping globs yield each file once', () => {
    expect(expand(['real/*.yaml', 'real/**/*.yaml', '*/a.yaml'])).toEqual({
      files: ['real/a.yaml', 'real/sub/b.yaml'],
      problems: [],
    });
  });

  test('glob matching only directories has no files', () => {
    expect(expand(['odd/folder.*'])).toEqual({ files: [], problems: ['no files match `odd/folder.*`'] });
  });
});
