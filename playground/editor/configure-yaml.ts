import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import type { monaco as Monaco } from './monaco.ts';
import { type ExtraNodeType, workflowJsonSchema } from './workflow-json-schema.ts';

type MonacoModule = typeof Monaco;

/** What monaco-worker-manager (used by monaco-yaml 5.5) passes to `createWebWorker`: the API before 0.57. */
interface LabelledWorkerOptions {
  label: string;
  moduleId: string;
  createData: unknown;
}

/**
 * Wraps Monaco so monaco-yaml can start its worker. monaco-editor 0.57's `createWebWorker` takes a started
 * `Worker`, while monaco-yaml still passes a label and its options. Its worker reads two messages before it
 * serves: the first starts it and the second carries the options, so both are sent here before Monaco
 * takes the worker over.
 */
function withLabelledWorkers(monaco: MonacoModule): MonacoModule {
  const createWebWorker = (options: LabelledWorkerOptions) => {
    const worker = globalThis.MonacoEnvironment?.getWorker?.(options.moduleId, options.label);
    if (!(worker instanceof Worker))
      throw new Error(`no worker is registered for label \`${options.label}\``);

    worker.postMessage('start');
    worker.postMessage(options.createData);
    return monaco.editor.createWebWorker({ worker });
  };

  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as unknown as MonacoModule;
}

/** The schema list of monaco-yaml: the workflow schema, with `extraNodeTypes` added, for the model at `modelUri`. */
export function workflowSchemas(modelUri: string, extraNodeTypes: readonly ExtraNodeType[] = []) {
  return [
    {
      uri: 'inmemory://schemas/workflow.json',
      fileMatch: [modelUri],
      schema: workflowJsonSchema(extraNodeTypes) as never,
    },
  ];
}

/**
 * Starts monaco-yaml for completion and hover from the workflow JSON Schema. Its own validation stays off:
 * the engine owns every marker, so each problem shows once, with the code and position `wf validate` gives.
 */
export function configureYaml(monaco: MonacoModule, modelUri: string): MonacoYaml {
  return configureMonacoYaml(withLabelledWorkers(monaco), {
    validate: false,
    completion: true,
    hover: true,
    hoverSchemaSource: false,
    format: { enable: false },
    enableSchemaRequest: false,
    schemas: workflowSchemas(modelUri),
  });
}
