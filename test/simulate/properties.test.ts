import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { workflowEdges } from '../../engine/workflow/index.ts';
import type { Workflow } from '../../engine/workflow/model.ts';
import type { SimulatedRun } from '../../engine/workflow/simulate/index.ts';
import { simulateRun } from '../../engine/workflow/simulate/index.ts';

const nodeTypes = ['data_fetcher', 'llm_processor', 'data_saver', 'risk_report'];

// Node i may depend only on nodes before it, which keeps the graph acyclic; the listing is then
// shuffled. When no node happens to list a dependency, the workflow is a chain in the shuffled order.
const dagArbitrary = fc
  .integer({ min: 1, max: 10 })
  .chain((size) =>
    fc.record({
      dependencies: fc.tuple(
        ...Array.from({ length: size }, (_, index) =>
          fc.subarray(Array.from({ length: index }, (_, earlier) => earlier)),
        ),
      ),
      types: fc.array(fc.constantFrom(...nodeTypes), { minLength: size, maxLength: size }),
      order: fc.shuffledSubarray(
        Array.from({ length: size }, (_, index) => index),
        { minLength: size, maxLength: size },
      ),
    }),
  )
  .map(
    ({ dependencies, types, order }): Workflow => ({
      id: 'random_dag',
      type: 'airflow',
      nodes: order.map((index) => ({
        name: `n${index}`,
        type: types[index] ?? 'data_fetcher',
        dependsOn: (dependencies[index] ?? []).map((dependency) => `n${dependency}`),
        config: {},
      })),
    }),
  );

const optionsArbitrary = fc.record({
  seed: fc.integer(),
  concurrency: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  retries: fc.integer({ min: 0, max: 2 }),
  retryDelaySeconds: fc.integer({ min: 0, max: 30 }),
  failureRate: fc.record({ '*': fc.constantFrom(0, 0.2, 0.5) }),
});

function dependenciesOf(workflow: Workflow, name: string): string[] {
  return workflowEdges(workflow)
    .filter((edge) => edge.to === name)
    .map((edge) => edge.from);
}

function nodeByName(run: SimulatedRun, name: string) {
  const found = run.nodes.find((node) => node.name === name);
  if (found === undefined) throw new Error(`node \`${name}\` missing from the run`);
  return found;
}

describe('random DAGs', () => {
  test('node starts after all its dependencies end', () => {
    fc.assert(
      fc.property(dagArbitrary, optionsArbitrary, (workflow, options) => {
        const run = simulateRun(workflow, options);

        for (const node of workflow.nodes) {
          const simulated = nodeByName(run, node.name);
          const firstStart = simulated.attempts[0]?.startSeconds;
          if (firstStart === undefined) continue;
          for (const dependency of dependenciesOf(workflow, node.name)) {
            const upstream = nodeByName(run, dependency);
            expect(upstream.status).toBe('succeeded');
            expect(firstStart).toBeGreaterThanOrEqual(upstream.settledSeconds);
          }
        }
      }),
    );
  });

  test('node is skipped exactly when a dependency did not succeed', () => {
    fc.assert(
      fc.property(dagArbitrary, optionsArbitrary, (workflow, options) => {
        const run = simulateRun(workflow, options);

        for (const node of workflow.nodes) {
          const blocked = dependenciesOf(workflow, node.name).some(
            (name) => nodeByName(run, name).status !== 'succeeded',
          );
          expect(nodeByName(run, node.name).status === 'skipped').toBe(blocked);
        }
        expect(run.status).toBe(run.nodes.some((node) => node.status === 'failed') ? 'failed' : 'succeeded');
      }),
    );
  });

  test('attempts of a node follow each other after the retry delay', () => {
    fc.assert(
      fc.property(dagArbitrary, optionsArbitrary, (workflow, options) => {
        const run = simulateRun(workflow, options);

        for (const node of run.nodes) {
          expect(node.attempts.length).toBeLessThanOrEqual(options.retries + 1);
          for (let index = 1; index < node.attempts.length; index += 1) {
            const previous = node.attempts[index - 1];
            const current = node.attempts[index];
            expect(previous?.status).toBe('failed');
            const pauseMs = Math.round(((current?.startSeconds ?? 0) - (previous?.endSeconds ?? 0)) * 1000);
            expect(pauseMs).toBeGreaterThanOrEqual(options.retryDelaySeconds * 1000);
          }
        }
      }),
    );
  });

  test('running attempts never exceed the concurrency', () => {
    fc.assert(
      fc.property(dagArbitrary, optionsArbitrary, (workflow, options) => {
        const run = simulateRun(workflow, options);
        const attempts = run.nodes.flatMap((node) => node.attempts);

        for (const probe of attempts) {
          // Count attempts covering the instant just after this one starts; ends are exclusive.
          const overlapping = attempts.filter(
            (other) => other.startSeconds <= probe.startSeconds && other.endSeconds > probe.startSeconds,
          ).length;
          expect(overlapping).toBeLessThanOrEqual(options.concurrency ?? Number.POSITIVE_INFINITY);
        }
      }),
    );
  });

  test('without limits or failures the critical path spans the run', () => {
    fc.assert(
      fc.property(dagArbitrary, fc.integer(), (workflow, seed) => {
        const run = simulateRun(workflow, { seed });

        expect(Math.round(run.criticalPath.seconds * 1000)).toBe(
          Math.round((run.finishedSeconds - run.startedSeconds) * 1000),
        );
      }),
    );
  });

  test('transitions are in time order', () => {
    fc.assert(
      fc.property(dagArbitrary, optionsArbitrary, (workflow, options) => {
        const times = simulateRun(workflow, options).transitions.map((transition) => transition.atSeconds);

        expect(times).toEqual([...times].sort((a, b) => a - b));
      }),
    );
  });

  test('same seed gives the same run', () => {
    fc.assert(
      fc.property(dagArbitrary, optionsArbitrary, (workflow, options) => {
        expect(simulateRun(workflow, options)).toEqual(simulateRun(workflow, options));
      }),
    );
  });
});
