import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../engine/workflow/index.ts';
import { diagnosticRules, validateWorkflow } from '../../engine/workflow/index.ts';

const folder = join(import.meta.dirname, '../fixtures/workflows');
const fixtureNames = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();

/** The fields an expected file pins down; `file` and `related` are checked by the unit tests. */
function comparable(diagnostic: Diagnostic) {
  const { code, severity, line, column, endLine, endColumn, message, hint } = diagnostic;
  return { code, severity, line, column, endLine, endColumn, message, ...(hint ? { hint } : {}) };
}

function runFixture(name: string): Diagnostic[] {
  const source = readFileSync(join(folder, `${name}.yaml`), 'utf8');
  return validateWorkflow(source, { file: `${name}.yaml` }).diagnostics;
}

describe('workflow fixtures', () => {
  test('folder holds at least 14 broken workflows', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(14);
  });

  test.each(fixtureNames)('%s matches its expected diagnostics', (name) => {
    const expected = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8'));
    const diagnostics = runFixture(name);

    expect(diagnostics.map(comparable)).toEqual(expected);
    for (const diagnostic of diagnostics) expect(diagnostic.file).toBe(`${name}.yaml`);
  });

  test('every registered code is produced by a fixture', () => {
    const produced = new Set(fixtureNames.flatMap((name) => runFixture(name).map((d) => d.code)));
    const missing = diagnosticRules.map((rule) => rule.code).filter((code) => !produced.has(code));

    expect(missing).toEqual([]);
  });

  test('every code a fixture produces is registered', () => {
    const registered = new Set(diagnosticRules.map((rule) => rule.code));
    const produced = new Set(fixtureNames.flatMap((name) => runFixture(name).map((d) => d.code)));

    expect([...produced].filter((code) => !registered.has(code))).toEqual([]);
  });
});
