import { configureYaml, workflowSchemas } from './editor/configure-yaml.ts';
import { diagnosticMarkers, errorCodeUrl, markerOwner } from './editor/diagnostic-markers.ts';
import { monaco } from './editor/monaco.ts';
import { installMonacoEnvironment } from './editor/monaco-environment.ts';
import { mountEditorTabs } from './editor-tabs.ts';
import { GraphPanel } from './graph/graph-panel.ts';
import { currentScheme } from './graph/mermaid-renderer.ts';
import { findPageElements } from './page-elements.ts';
import { mountSimulationPanel } from './simulate/simulation-panel.ts';
import { validateCommand, workflowFileName } from './state/file-name.ts';
import { initialSource } from './state/initial-source.ts';
import { saveSourceWhenIdle } from './state/saved-source.ts';
import { shareUrl } from './state/share-url.ts';
import { mountTemplatePanel } from './templates/template-panel.ts';
import { type CustomNodeType, customNodeTypeSchema } from './typescript/custom-node-type.ts';
import type { TypeScriptTab } from './typescript/typescript-tab.ts';
import { ValidationClient } from './validation/validation-client.ts';

/** The handle on `window.playground` that the browser tests and the benchmark read. */
export interface PlaygroundHandle {
  editor: monaco.editor.IStandaloneCodeEditor;
  markers(): ReturnType<typeof monaco.editor.getModelMarkers>;
  /** Version of the model text whose markers are shown. */
  markersVersion: number;
  /** The TypeScript tab, once it has been opened. */
  typeScript?: TypeScriptTab;
}

declare global {
  interface Window {
    monaco?: typeof monaco;
    playground?: PlaygroundHandle;
  }
}

const monacoTheme = () => (currentScheme() === 'dark' ? 'vs-dark' : 'vs');

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Starts the playground on a page that has the elements `findPageElements` expects. */
export async function startPlayground(baseUrl: string): Promise<void> {
  const elements = findPageElements();
  const say = (message: string) => {
    elements.status.textContent = message;
  };

  installMonacoEnvironment();
  const start = await initialSource(location.hash);
  if (start.problem) say(start.problem);

  const model = monaco.editor.createModel(start.text, 'yaml', monaco.Uri.parse('file:///workflow.yaml'));
  const yaml = configureYaml(monaco, model.uri.toString());
  const editor = monaco.editor.create(elements.editor, {
    model,
    theme: monacoTheme(),
    automaticLayout: true,
    minimap: { enabled: false },
    tabSize: 2,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    // The light bulb requests code actions from monaco-yaml's worker, a full parse, after every change and
    // cursor move. The engine's markers offer no quick fixes, and Ctrl+. still requests them on demand.
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
    ariaLabel: 'workflow file editor; press Ctrl+M to let Tab move the focus out',
  });

  let workflowId: string | undefined;
  let requestedVersion = model.getVersionId();
  let requestedSource = model.getValue();
  let shownDiagnostics: string | undefined;
  const handle: PlaygroundHandle = {
    editor,
    markers: () => monaco.editor.getModelMarkers({ resource: model.uri, owner: markerOwner }),
    markersVersion: 0,
  };
  window.monaco = monaco;
  window.playground = handle;

  const client = new ValidationClient();
  const graph = new GraphPanel(
    { container: elements.graph, status: elements.graphStatus, drawButton: elements.drawGraph },
    () => client.outline(),
    (node) => {
      editor.setPosition({ lineNumber: node.line, column: model.getLineFirstNonWhitespaceColumn(node.line) });
      editor.revealLineInCenter(node.line);
      editor.focus();
    },
  );

  const docsUrl = (code: string) => errorCodeUrl(code, baseUrl, location.origin);
  client.onValidated = (reply) => {
    // Most keystrokes leave the diagnostics unchanged, and setting equal markers would still redecorate the model.
    const diagnosticsKey = JSON.stringify(reply.diagnostics);
    if (diagnosticsKey !== shownDiagnostics) {
      monaco.editor.setModelMarkers(
        model,
        markerOwner,
        diagnosticMarkers(monaco, reply.diagnostics, docsUrl, model.uri),
      );
      shownDiagnostics = diagnosticsKey;
    }
    workflowId = reply.workflowId;
    templates.sync(reply.templateInstance, requestedSource);
    graph.textChanged();
    handle.markersVersion = requestedVersion;
    elements.root.dataset.markersVersion = String(requestedVersion);
    window.dispatchEvent(
      new CustomEvent('playground:markers', { detail: { version: requestedVersion, timing: reply.timing } }),
    );
  };

  const validateNow = () => {
    requestedVersion = model.getVersionId();
    requestedSource = model.getValue();
    client.validate(requestedSource);
  };
  const templates = mountTemplatePanel(elements.templates, elements.templateForm, {
    text: () => model.getValue(),
    replaceText: (text) => {
      editor.pushUndoStop();
      editor.executeEdits('template', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
  });
  const saver = saveSourceWhenIdle(() => model.getValue());
  model.onDidChangeContent(() => {
    saver.changed();
    // The link showed the text as it was shared; once edited, a reload should show the edits, not the link.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    validateNow();
  });
  validateNow();

  const simulation = mountSimulationPanel(
    { form: elements.simulateForm, seed: elements.seed, chart: elements.gantt, summary: elements.runSummary },
    (seed) => client.simulate(model.getValue(), seed),
  );

  let customNodeTypeJson = JSON.stringify(undefined);
  const useCustomNodeType = (nodeType: CustomNodeType | undefined) => {
    // Each check of the TypeScript text reports the type again; only a change restarts the schema and validation.
    if (JSON.stringify(nodeType) === customNodeTypeJson) return;
    customNodeTypeJson = JSON.stringify(nodeType);

    const customNodeTypes = nodeType ? [nodeType] : [];
    client.setCustomNodeTypes(customNodeTypes);
    void yaml.update({
      schemas: workflowSchemas(model.uri.toString(), customNodeTypes.map(customNodeTypeSchema)),
    });
    elements.customTypeNote.textContent = nodeType
      ? `Node type \`${nodeType.name}\` from the TypeScript tab is available here, its config checked against the fields and value types the tab declares. \`wf validate\` accepts it once the type is registered in the engine.`
      : '';
    validateNow();
  };
  mountEditorTabs(elements, {
    monaco,
    theme: monacoTheme,
    onNodeType: useCustomNodeType,
    onTypeScriptTab: (tab) => {
      handle.typeScript = tab;
    },
  });

  new MutationObserver(() => {
    monaco.editor.setTheme(monacoTheme());
    graph.redraw();
    simulation.redraw();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  elements.share.addEventListener('click', async () => {
    const url = await shareUrl(model.getValue(), location);
    history.replaceState(null, '', url);
    say(
      (await copyText(url))
        ? 'link copied to the clipboard and shown in the address bar'
        : 'link shown in the address bar',
    );
  });

  elements.download.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([model.getValue()], { type: 'application/yaml' }));
    link.download = workflowFileName(workflowId);
    link.click();
    URL.revokeObjectURL(link.href);
    say(`downloaded \`${link.download}\``);
  });

  elements.copyCommand.addEventListener('click', async () => {
    const command = validateCommand(workflowFileName(workflowId));
    say((await copyText(command)) ? `copied \`${command}\`` : `copy failed; the command is \`${command}\``);
  });

  elements.root.dataset.state = 'ready';
}
