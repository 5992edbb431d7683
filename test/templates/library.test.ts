import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  libraryComponents,
  libraryTemplates,
  templateInstanceYaml,
  templateSource,
} from '../../engine/templates/index.ts';
import { validateWorkflow } from '../../engine/workflow/index.ts';

const examplesFolder = join(import.meta.dirname, '../../examples/templates');
const templateNames = libraryTemplates().map((template) => template.name);

describe('template library', () => {
  test('holds the eight documented templates', () => {
    expect(templateNames).toEqual([
      'etl',
      'data_processing',
      'llm_analysis',
      'market_data_ingestion',
      'eod_trade_reconciliation',
      'surveillance_alert_triage',
      'risk_report_generation',
      'kafka_event_processing',
    ]);
  });

  test('lists the built-in components', () => {
    expect(libraryComponents().map((component) => component.name)).toEqual([
      'fetch_and_normalize',
      'notify_and_record',
    ]);
  });

  test.each(templateNames)('%s instantiates cleanly with its example values', (name) => {
    const template = libraryTemplates().find((entry) => entry.name === name);
    const yaml = templateInstanceYaml(template as NonNullable<typeof template>, 'from_example');
    const result = validateWorkflow(yaml, { file: 'instance.yaml' });

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow?.id).toBe('from_example');
    expect(result.workflow?.nodes.length).toBeGreaterThanOrEqual(3);
  });

  test.each(templateNames)('%s validates cleanly as a template file', (name) => {
    const result = validateWorkflow(templateSource(name) ?? '', { file: `${name}.yaml` });

    expect(result.diagnostics).toEqual([]);
    expect(result.workflow?.id).toBe(name);
  });

  test.each(templateNames)('%s has a description for every parameter', (name) => {
    const template = libraryTemplates().find((entry) => entry.name === name);
    for (const parameter of template?.parameters ?? []) expect(parameter.description).not.toBe('');
  });

  test.each(templateNames)('examples/templates/%s.yaml matches the library', (name) => {
    const file = join(examplesFolder, `${name}.yaml`);
    const onDisk = readFileSync(file, 'utf8');

    expect(
      onDisk === templateSource(name),
      `examples/templates/${name}.yaml differs from the built-in template; regenerate it with ` +
        `\`npm run -s wf -- templates --show ${name} > examples/templates/${name}.yaml\``,
    ).toBe(true);
  });

  test('surveillance triage routes with a router and a human review', () => {
    const result = validateWorkflow(templateSource('surveillance_alert_triage') ?? '');
    const types = result.workflow?.nodes.map((node) => node.type) ?? [];

    expect(types).toContain('router');
    expect(types).toContain('human_approval');
  });

  test('market-data ingestion scopes the included component nodes', () => {
    const result = validateWorkflow(templateSource('market_data_ingestion') ?? '');

    expect(result.workflow?.nodes.map((node) => node.name)).toEqual([
      'vendor__fetch',
      'vendor__normalize',
      'keep_symbols',
      'store',
    ]);
    expect(result.workflow?.nodes.map((node) => node.dependsOn)).toEqual([
      undefined,
      ['vendor__fetch'],
      ['vendor__normalize'],
      ['keep_symbols'],
    ]);
  });
});

describe('example workflows', () => {
  const folder = join(examplesFolder, 'workflows');

  test.each(readdirSync(folder).filter((name) => name.endsWith('.yaml')))('%s validates cleanly', (name) => {
    const result = validateWorkflow(readFileSync(join(folder, name), 'utf8'), { file: name });
    expect(result.diagnostics).toEqual([]);
  });
});
