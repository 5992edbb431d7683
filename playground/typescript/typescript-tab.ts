import { loadSavedSource, saveSourceWhenIdle, storageKeys } from '../state/saved-source.ts';
import 'monaco-editor/esm/vs/languages/definitions/typescript/register.js';
import type { monaco as Monaco } from '../editor/monaco.ts';
import type { CustomNodeType } from './custom-node-type.ts';
import type { CheckReply, TypeDiagnostic } from './protocol.ts';
import { starterNodeType } from './starter-node-type.ts';
import TypeScriptWorker from './typescript.worker.ts?worker';

type MonacoModule = typeof Monaco;

/** Owner of the compiler's markers on the TypeScript model. */
export const typeScriptMarkerOwner = 'typescript';

/** The handle on `window.playground.typeScript` that the browser tests read. */
export interface TypeScriptTab {
  editor: Monaco.editor.IStandaloneCodeEditor;
  markers(): Monaco.editor.IMarker[];
  /** Version of the model text whose markers are shown; 0 until the first check ends. */
  checkedVersion: number;
}

export interface TypeScriptTabOptions {
  container: HTMLElement;
  status: HTMLElement;
  theme: string;
  /** Called after each check with the node type the text defines, or `undefined` when it defines none. */
  onNodeType: (nodeType: CustomNodeType | undefined) => void;
}

/** Waits this long after the last keystroke before checking, since one check of the text takes tens of ms. */
const checkDelayMs = 250;

function toMarker(monaco: MonacoModule, diagnostic: TypeDiagnostic): Monaco.editor.IMarkerData {
  return {
    severity: diagnostic.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: diagnostic.message,
    code: `TS${diagnostic.code}`,
    source: 'typescript',
    startLineNumber: diagnostic.line,
    startColumn: diagnostic.column,
    endLineNumber: diagnostic.endLine,
    endColumn: diagnostic.endColumn,
  };
}

function describeCheck(reply: CheckReply): string {
  const errors = reply.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0) return errors === 1 ? '1 type error' : `${errors} type errors`;
  if (!reply.nodeType) {
    return 'no errors, but no exported node type was found: export a `const` with a `name` and a `configSchema`';
  }
  const fields = reply.nodeType.fields.map((field) => `\`${field.name}\``).join(', ');
  return `no errors; node type \`${reply.nodeType.name}\` (config ${fields || 'without fields'}) is usable in the workflow file`;
}

/**
 * Opens the TypeScript tab: an editor for a custom node type, type-checked in a worker against the
 * engine's node-type interface and zod's declarations. This module, the worker and the compiler inside
 * it are loaded only when the tab first opens.
 */
export function mountTypeScriptTab(monaco: MonacoModule, options: TypeScriptTabOptions): TypeScriptTab {
  const model = monaco.editor.createModel(
    loadSavedSource(storageKeys.nodeType) ?? starterNodeType,
    'typescript',
    monaco.Uri.parse('file:///node-type.ts'),
  );
  const editor = monaco.editor.create(options.container, {
    model,
    theme: options.theme,
    automaticLayout: true,
    minimap: { enabled: false },
    tabSize: 2,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    ariaLabel: 'node type editor in TypeScript; press Ctrl+M to let Tab move the focus out',
  });

  const tab: TypeScriptTab = {
    editor,
    markers: () => monaco.editor.getModelMarkers({ resource: model.uri, owner: typeScriptMarkerOwner }),
    checkedVersion: 0,
  };
  const worker = new TypeScriptWorker();
  let seq = 0;
  const versions = new Map<number, number>();

  worker.onmessage = (event: MessageEvent<CheckReply>) => {
    const reply = event.data;
    const version = versions.get(reply.seq);
    versions.delete(reply.seq);
    if (reply.seq !== seq || version === undefined) return;

    monaco.editor.setModelMarkers(
      model,
      typeScriptMarkerOwner,
      reply.diagnostics.map((item) => toMarker(monaco, item)),
    );
    tab.checkedVersion = version;
    options.status.textContent = describeCheck(reply);
    options.onNodeType(reply.nodeType);
  };

  const check = () => {
    seq += 1;
    versions.set(seq, model.getVersionId());
    worker.postMessage({ seq, source: model.getValue() });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saver = saveSourceWhenIdle(() => model.getValue(), storageKeys.nodeType);
  model.onDidChangeContent(() => {
    saver.changed();
    clearTimeout(timer);
    timer = setTimeout(check, checkDelayMs);
  });

  options.status.textContent = 'loading the TypeScript compiler…';
  check();
  return tab;
}
