import { describe, expect, test } from 'vitest';
import { diagnosticRules, nodeTypes, validateWorkflow } from '../../engine/workflow/index.ts';

describe('diagnosticRules', () => {
  test('codes are unique, sorted and well formed', () => {
    const codes = diagnosticRules.map((rule) => rule.code);

    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const code of codes) expect(code).toMatch(/^WF[1-6]\d{2}$/);
  });

  test.each(diagnosticRules.map((rule) => [rule.code, rule] as const))(
    '%s has a kebab name and a summary',
    (_, rule) => {
      expect(rule.name).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(rule.summary).toMatch(/^[a-z`]/);
      expect(rule.summary).not.toMatch(/\.$|\n/);
      expect(rule.description.length).toBeGreaterThan(40);
    },
  );

  test.each(diagnosticRules.filter((rule) => rule.example).map((rule) => [rule.code, rule.example] as const))(
    '%s example triggers its code',
    (code, example) => {
      const codes = validateWorkflow(example ?? '').diagnostics.map((d) => d.code);
      expect(codes).toContain(code);
    },
  );
});

describe('nodeTypes', () => {
  test('lists the built-in types in docs order', () => {
    expect(nodeTypes.map((nodeType) => nodeType.name)).toEqual([
      'data_fetcher',
      'llm_processor',
      'data_saver',
      'transform',
      'router',
      'human_approval',
      'notifier',
      'kafka_trigger',
    ]);
  });

  test.each(nodeTypes.map((nodeType) => [nodeType.name, nodeType] as const))(
    '%s example config passes its schema',
    (_, nodeType) => {
      expect(nodeType.configSchema.safeParse(nodeType.exampleConfig).success).toBe(true);
    },
  );

  test.each([
    [0, true],
    [2, true],
    [-0.01, false],
    [2.01, false],
  ])('llm_processor temperature %d accepted is %s', (temperature, accepted) => {
    const schema = nodeTypes.find((nodeType) => nodeType.name === 'llm_processor')?.configSchema;
    expect(schema?.safeParse({ model: 'openai', temperature }).success).toBe(accepted);
  });
});
