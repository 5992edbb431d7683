import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateWorkflow } from '../../engine/workflow/index.ts';
import { workflowSource } from './workflow-source.ts';

const validSource = workflowSource(
  [
    { name: 'extract', dependsOn: [] },
    { name: 'think', type: 'llm_processor', dependsOn: ['extract'] },
    { name: 'save', type: 'data_saver', dependsOn: ['think', 'extract'] },
  ],
  { schedule: '0 18 * * 1-5' },
);

const yamlCharacters = [
  ':',
  '-',
  ' ',
  '\n',
  '\t',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '<<',
  '!',
  '"',
  "'",
  '#',
  '|',
  '>',
  '😀',
];

/** Edits of a valid file: insert, delete or replace a short piece at some offset. */
const mutatedSource = fc
  .array(
    fc.record({
      at: fc.nat({ max: validSource.length }),
      remove: fc.nat({ max: 4 }),
      insert: fc.oneof(fc.constantFrom(...yamlCharacters), fc.string({ maxLength: 4 })),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((edits) =>
    edits.reduce(
      (text, edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove),
      validSource,
    ),
  );

function expectWellFormed(source: string): void {
  const result = validateWorkflow(source);
  const lineCount = source.split(/\r\n|\r|\n/).length;

  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.code).toMatch(/^WF\d{3}$/);
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line).toBeLessThanOrEqual(lineCount + 1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.endLine * 1e6 + diagnostic.endColumn).toBeGreaterThanOrEqual(
      diagnostic.line * 1e6 + diagnostic.column,
    );
  }
}

describe('validateWorkflow on any input', () => {
  test('arbitrary strings never throw', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectWellFormed), { numRuns: 500 });
  });

  test('mutated valid files never throw', () => {
    fc.assert(fc.property(mutatedSource, expectWellFormed), { numRuns: 1000 });
  });
});

/** Diagnostics without positions, which legitimately move when nodes move. */
function positionFree(source: string): string[] {
  return validateWorkflow(source)
    .diagnostics.map((d) => JSON.stringify([d.code, d.severity, d.message, d.hint ?? null]))
    .sort();
}

const nodeName = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const graphNode = fc.record({
  name: nodeName,
  type: fc.constantFrom('data_fetcher', 'llm_processor', 'data_saver', 'data_fetchr'),
  dependsOn: fc.option(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 4 }), {
    nil: undefined,
  }),
});

describe('graph rules', () => {
  test('results do not depend on the order nodes are listed in', () => {
    fc.assert(
      fc.property(
        fc.array(graphNode, { minLength: 1, maxLength: 7 }),
        fc.func(fc.integer()),
        (nodes, rank) => {
          const shuffled = nodes
            .map((node, index) => ({ node, key: rank(index) }))
            .sort((x, y) => x.key - y.key)
            .map(({ node }) => node);

          // Without any dependency the order is the graph itself, so give one node a declared edge.
          const withEdge = (list: typeof nodes) =>
            list.map((node) =>
              node.name === 'a' ? { ...node, dependsOn: [...(node.dependsOn ?? []), 'b'] } : node,
            );

          expect(positionFree(workflowSource(withEdge(shuffled)))).toEqual(
            positionFree(workflowSource(withEdge(nodes))),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
