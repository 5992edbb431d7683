import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Document } from 'yaml';
import { isNode, visit } from 'yaml';
import { z } from 'zod';
import { createIncrementalValidator, validateWorkflow } from '../../engine/workflow/index.ts';
import { parseSource } from '../../engine/workflow/yaml/parse-source.ts';
import { workflowSource } from './workflow-source.ts';

const reconciliation = readFileSync(new URL('../../examples/workflows/etl.yaml', import.meta.url), 'utf8');

const chain = workflowSource(
  [
    { name: 'extract', dependsOn: [] },
    { name: 'think', type: 'llm_processor', dependsOn: ['extract'] },
    { name: 'save', type: 'data_saver', dependsOn: ['think', 'extract'] },
  ],
  { schedule: '0 18 * * 1-5' },
);

/** Every node has problems on its own lines, so that a position shifted wrongly anywhere changes a diagnostic. */
const troubled = `${workflowSource(
  [
    { name: 'extract', type: 'data_fetchr', dependsOn: ['missing'] },
    { name: 'think', type: 'llm_procesor', dependsOn: ['extract', 'nowhere'], config: '{ model: olama }' },
    { name: 'save', type: 'data_saver', dependsOn: ['think', 'extrct'], config: '{ destination: s4 }' },
  ],
  { schedule: '61 18 * * 1-5' },
)}# trailing note\n`;

/** Lists every node's range and plain value in document order, the facts positions and values come from. */
function nodeFacts(doc: Document): unknown[] {
  const facts: unknown[] = [];
  visit(doc, {
    Node: (_key, node) => {
      if (!isNode(node)) return;
      const value = 'value' in node ? node.value : undefined;
      // `yaml` resolves each merge key `<<` to a new symbol, so symbols compare by their description.
      facts.push([node.range, typeof value === 'symbol' ? value.description : value]);
    },
  });
  return facts;
}

/** Replaces the first `find` of `text` by `replacement`, failing loudly when `find` is not there. */
function replaced(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`\`${find}\` is not in the text`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

/** Validates each text in turn and returns how each was parsed, checking every result against a full run. */
function parsesOf(texts: string[]): (string | undefined)[] {
  const validator = createIncrementalValidator({ file: 'flows/eod.yaml' });
  return texts.map((text) => {
    expect(validator.validate(text)).toEqual(validateWorkflow(text, { file: 'flows/eod.yaml' }));
    return validator.lastParse;
  });
}

describe('createIncrementalValidator', () => {
  test('misspelt node type reuses document', () => {
    const typed = ['data_saver', 'data_save', 'data_sav', 'data_savr'].map((type) =>
      replaced(reconciliation, 'type: data_saver', `type: ${type}`),
    );
    expect(parsesOf([reconciliation, ...typed])).toEqual([
      'full',
      'document',
      'document',
      'document',
      'document',
    ]);

    const validator = createIncrementalValidator();
    for (const text of typed) validator.validate(text);
    const result = validator.validate(typed.at(-1) ?? '');
    expect(validator.lastParse).toBe('document');
    expect(
      result.diagnostics.map(({ code, line, column, endColumn, hint }) => ({
        code,
        line,
        column,
        endColumn,
        hint,
      })),
    ).toEqual([{ code: 'WF205', line: 36, column: 13, endColumn: 22, hint: 'did you mean `data_saver`?' }]);
  });

  test('comment and value edits reuse document, key edits tokens', () => {
    const edits: [string, string][] = [
      ['# breaks, and', '# breaks (all of them), and'],
      ['id: eod-reconciliation', 'id: xeod-reconciliation'],
      ['id: eod-reconciliation', 'id: eod-reconciliation2'],
      ['prompt: List the trades', 'prompt: List all the trades'],
      ['temperature: 0.1', 'temperature: 0.15'],
      ['temperature: 0.1', 'temperature: 0x1'],
      ['bucket: eod-reports', 'buckets: eod-reports'],
      ['model: ollama', 'modl: ollama'],
      ['    - name: extract_fills', '    - name: extract_fills_2'],
    ];
    // Each text is one edit of the example, so the validator validates the example before each.
    const validator = createIncrementalValidator();
    const kinds = edits.map(([find, replacement]) => {
      validator.validate(reconciliation);
      const text = replaced(reconciliation, find, replacement);
      expect(validator.validate(text)).toEqual(validateWorkflow(text));
      return validator.lastParse;
    });
    expect(kinds).toEqual([
      'document',
      'document',
      'document',
      'document',
      'document',
      'document',
      'tokens',
      'tokens',
      'document',
    ]);
  });

  test('reused document resolves numbers, booleans and null', () => {
    const validator = createIncrementalValidator();
    validator.validate(reconciliation);
    const typed = [
      'temperature: 0.1',
      'temperature: 2',
      'temperature: true',
      'temperature: null',
      'temperature: 0x1F',
    ];
    const results = typed.map((value) => {
      const text = replaced(reconciliation, 'temperature: 0.1', value);
      const result = validator.validate(text);
      expect(result).toEqual(validateWorkflow(text));
      return { parse: validator.lastParse, temperature: result.workflow?.nodes[2]?.config.temperature };
    });
    expect(results).toEqual([
      { parse: 'document', temperature: 0.1 },
      { parse: 'document', temperature: 2 },
      { parse: 'document', temperature: true },
      { parse: 'document', temperature: null },
      { parse: 'document', temperature: 31 },
    ]);
  });

  test('tagged value is composed again', () => {
    const tagged = replaced(reconciliation, 'temperature: 0.1', 'temperature: !!str 0.1');
    const validator = createIncrementalValidator();
    validator.validate(tagged);
    const text = replaced(tagged, '!!str 0.1', '!!str 0.15');
    const result = validator.validate(text);

    expect(result).toEqual(validateWorkflow(text));
    expect(validator.lastParse).toBe('tokens');
    expect(result.workflow?.nodes[2]?.config.temperature).toBe('0.15');
  });

  test('scalar under a tagged collection is composed again', () => {
    // `!!set` requires null values, and only composing checks that.
    const withSet = `${reconciliation}x-set: !!set {a: null}\n`;
    const validator = createIncrementalValidator();
    validator.validate(withSet);
    const text = replaced(withSet, '{a: null}', '{a: nul}');
    const result = validator.validate(text);

    expect(result).toEqual(validateWorkflow(text));
    expect(validator.lastParse).toBe('tokens');
    expect(result.diagnostics.map(({ code, line }) => [code, line])).toEqual([['WF101', 41]]);
  });

  test('scalar inside a collection key is composed again', () => {
    // A key longer than 1024 characters is an error that only composing finds.
    const withKey = `${reconciliation}x-key:\n  [${'k'.repeat(1020)}]: v\n`;
    const validator = createIncrementalValidator();
    validator.validate(withKey);
    const text = replaced(withKey, `${'k'.repeat(1020)}]`, `${'k'.repeat(1026)}]`);
    const result = validator.validate(text);

    expect(result).toEqual(validateWorkflow(text));
    expect(validator.lastParse).toBe('tokens');
    expect(result.diagnostics.map(({ code }) => code)).toEqual(['WF101']);
  });

  test('file nested too deeply is never reused', () => {
    const deep = `x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const texts = [deep, deep, `${deep}# x\n`, `${deep}# xy\n`];
    const validator = createIncrementalValidator();
    const codes = texts.map((text) => validator.validate(text).diagnostics.map(({ code }) => code));

    expect(codes).toEqual(texts.map((text) => validateWorkflow(text).diagnostics.map(({ code }) => code)));
    expect(codes).toEqual([['WF601'], ['WF601'], ['WF601'], ['WF601']]);
    expect(validator.lastParse).toBe('full');
  });

  test('undefined override keeps the extra node types', () => {
    const custom = {
      name: 'custom_step',
      summary: 'a step',
      description: 'A step.',
      configSchema: z.strictObject({}),
      exampleConfig: {},
    };
    const text = replaced(chain, 'type: data_fetcher', 'type: custom_step').replace('{ source: api }', '{}');
    const validator = createIncrementalValidator({ extraNodeTypes: [custom] });

    expect(validator.validate(text, { extraNodeTypes: undefined }).diagnostics).toEqual([]);
    expect(validator.validate(text, { extraNodeTypes: [] }).diagnostics.map(({ code }) => code)).toEqual([
      'WF205',
    ]);
  });

  test('edit that can change tokens lexes in full', () => {
    const edits: [string, string][] = [
      ['model_name: llama3', 'model_name: llama3: 8b'],
      ['model_name: llama3', 'model_name: llama3 # small'],
      ['model_name: llama3', 'model_name: "llama3'],
      ['model_name: llama3', 'model_name: llama3\n        seed: 7'],
      ['model_name: llama3', 'model_name: [llama3'],
      ['model_name: llama3', 'model_name: llama3 '],
      ['model_name: llama3', 'model_name: &m llama3'],
      ['model_name: llama3', 'model_name: '],
      ['schedule: "30 18', 'schedule: "31 18'],
      ['<<: *report_store', '<<: *report_stor'],
      ['# End-of-day', ' # End-of-day'],
    ];
    const validator = createIncrementalValidator();
    const kinds = edits.map(([find, replacement]) => {
      validator.validate(reconciliation);
      const text = replaced(reconciliation, find, replacement);
      expect(validator.validate(text)).toEqual(validateWorkflow(text));
      return validator.lastParse;
    });
    expect(kinds).toEqual(edits.map(() => 'full'));
  });

  test('text after a YAML error lexes in full', () => {
    const broken = replaced(chain, 'id: test_flow', 'id: [test_flow');
    const brokenEdited = replaced(broken, 'type: langgraph', 'type: langgraphx');
    expect(parsesOf([chain, broken, brokenEdited])).toEqual(['full', 'full', 'full']);
  });

  test('random edit sequences match validateWorkflow', () => {
    // Pieces that end or start a token inside a line: the ones the fast path must refuse.
    const characters = [
      ':',
      ': ',
      ' #',
      '# ',
      ', ',
      '- ',
      '"',
      "'",
      '[',
      '{',
      '&a ',
      '*a',
      '!',
      '!!str ',
      '|',
      '\n',
      ' ',
      '\t',
    ];
    const edit = fc.record({
      // An offset anywhere in the text: taken modulo its length, as the text changes length on the way.
      at: fc.nat({ max: 1_000_000 }),
      remove: fc.nat({ max: 3 }),
      insert: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('a', 'e', 'x', '_', '9', '') },
        { weight: 2, arbitrary: fc.constantFrom(...characters) },
      ),
    });
    const kinds = { full: 0, tokens: 0, document: 0 };

    fc.assert(
      fc.property(
        fc.constantFrom(reconciliation, chain, troubled),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (start, edits) => {
          const validator = createIncrementalValidator();
          let text = start;
          validator.validate(text);
          for (const { at, remove, insert } of edits) {
            const offset = at % (text.length + 1);
            text = text.slice(0, offset) + insert + text.slice(offset + remove);
            expect(validator.validate(text)).toEqual(validateWorkflow(text));
            kinds[validator.lastParse ?? 'full'] += 1;
            // The document an editor reads positions from must match a fresh parse, node by node.
            const fresh = parseSource(text).doc;
            if (validator.lastParse !== 'full' && fresh.errors.length === 0) {
              expect(nodeFacts(validator.lastDocument?.doc ?? fresh)).toEqual(nodeFacts(fresh));
            }
          }
        },
      ),
      { numRuns: 80, seed: 20_261_204 },
    );

    // The property would hold trivially if every edit took the full path; a good share must not.
    const total = kinds.full + kinds.tokens + kinds.document;
    expect(kinds.document).toBeGreaterThan(total / 20);
    expect(kinds.tokens).toBeGreaterThan(total / 100);
  }, 30_000);
});
