import { describe, expect, test } from 'vitest';
import { libraryTemplates } from '../../engine/templates/index.ts';
import { nodeTypes } from '../../engine/workflow/index.ts';
import { workflowJsonSchema } from '../../playground/editor/workflow-json-schema.ts';

// The schema monaco-yaml completes and hovers from; built in Node here, as the playground builds it in the page.
type Schema = Record<string, any>;

const schema = workflowJsonSchema() as Schema;
const workflow = schema.properties.workflow as Schema;
const [nodeItem, includeItem] = workflow.properties.nodes.items.anyOf as Schema[];

function parametersRule(name: string): Schema | undefined {
  return (workflow.allOf as Schema[]).find((rule) => rule.if?.properties?.template?.const === name)?.then
    .properties.parameters;
}

describe('playground json schema', () => {
  test('workflow template lists the library', () => {
    expect(workflow.properties.template.enum).toEqual(libraryTemplates().map((template) => template.name));
    expect(workflow.allOf[0]).toEqual({
      if: { required: ['template'] },
      then: { required: ['id', 'template'] },
      else: { required: ['id', 'type', 'nodes'] },
    });
  });

  test('template parameters follow their declarations', () => {
    const llm = parametersRule('llm_analysis');

    expect(llm?.required).toEqual(['source_url', 'prompt', 'bucket']);
    expect(llm?.additionalProperties).toBe(false);
    expect(llm?.properties.source_url.pattern).toBe('^(?:https://.+)$');
    expect(llm?.properties.temperature).toMatchObject({
      type: 'number',
      minimum: 0,
      maximum: 2,
      default: 0.2,
    });
    expect(llm?.properties.model.enum).toEqual(['ollama', 'openai', 'anthropic']);
    expect(parametersRule('market_data_ingestion')?.properties.symbols).toMatchObject({
      type: 'array',
      items: { type: 'string' },
    });
    expect(parametersRule('risk_report_generation')?.properties.include_commentary.type).toBe('boolean');
  });

  test('node list items may include a component', () => {
    const withRule = (includeItem?.allOf as Schema[]).find(
      (rule) => rule.if.properties.include.const === 'fetch_and_normalize',
    );

    expect(includeItem?.required).toEqual(['include']);
    expect(Object.keys(includeItem?.properties ?? {})).toEqual(['include', 'as', 'depends_on', 'with']);
    expect(withRule?.then.properties.with.required).toEqual(['location']);
  });

  test('top level accepts components and template metadata', () => {
    expect(schema.properties.components.additionalProperties.properties.nodes.items).toBe(
      workflow.properties.nodes.items,
    );
    expect(schema.properties.template.required).toEqual(['name', 'title', 'summary', 'description']);
  });

  test('node types include the new ones with their configs', () => {
    const routerRule = (nodeItem?.allOf as Schema[]).find(
      (rule) => rule.if.properties.type.const === 'router',
    );

    expect(nodeItem?.properties.type.enum).toEqual(nodeTypes.map((nodeType) => nodeType.name));
    expect(nodeItem?.properties.type.enum).toEqual(
      expect.arrayContaining(['router', 'human_approval', 'notifier', 'kafka_trigger', 'transform']),
    );
    expect(routerRule?.then.properties.config.required).toEqual(['routes', 'default']);
    expect(routerRule?.then.properties.config.properties.routes.items.required).toEqual(['when', 'to']);
  });

  test('extra node types join the enum and the config rules', () => {
    const extended = workflowJsonSchema([
      {
        name: 'fx_rate_fetcher',
        description: 'reads FX rates',
        config: { type: 'object', required: ['pair'] },
      },
    ]) as Schema;
    const node = extended.properties.workflow.properties.nodes.items.anyOf[0] as Schema;

    expect(node.properties.type.enum.at(-1)).toBe('fx_rate_fetcher');
    expect(node.properties.type.markdownEnumDescriptions.at(-1)).toBe('reads FX rates');
    expect(node.allOf.at(-1).then.properties.config.required).toEqual(['pair']);
  });
});
