/** The elements of the playground page, looked up once by id; a missing one is a page bug, so it throws. */
export interface PageElements {
  root: HTMLElement;
  editor: HTMLElement;
  graph: HTMLElement;
  graphStatus: HTMLElement;
  drawGraph: HTMLButtonElement;
  status: HTMLElement;
  share: HTMLButtonElement;
  download: HTMLButtonElement;
  copyCommand: HTMLButtonElement;
  simulateForm: HTMLFormElement;
  seed: HTMLInputElement;
  gantt: HTMLElement;
  runSummary: HTMLElement;
  templates: HTMLElement;
  templateForm: HTMLElement;
  yamlTab: HTMLButtonElement;
  typeScriptTab: HTMLButtonElement;
  yamlPanel: HTMLElement;
  typeScriptPanel: HTMLElement;
  typeScriptEditor: HTMLElement;
  typeScriptStatus: HTMLElement;
  customTypeNote: HTMLElement;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new TypeError(`the playground page has no element with id \`${id}\``);
  return element as T;
}

export function findPageElements(): PageElements {
  return {
    root: byId('playground'),
    editor: byId('playground-editor'),
    graph: byId('playground-graph'),
    graphStatus: byId('playground-graph-status'),
    drawGraph: byId('playground-draw-graph'),
    status: byId('playground-status'),
    share: byId('playground-share'),
    download: byId('playground-download'),
    copyCommand: byId('playground-copy-command'),
    simulateForm: byId('playground-simulate'),
    seed: byId('playground-seed'),
    gantt: byId('playground-gantt'),
    runSummary: byId('playground-run-summary'),
    templates: byId('playground-templates'),
    templateForm: byId('playground-template-form'),
    yamlTab: byId('playground-tab-yaml'),
    typeScriptTab: byId('playground-tab-typescript'),
    yamlPanel: byId('playground-panel-yaml'),
    typeScriptPanel: byId('playground-panel-typescript'),
    typeScriptEditor: byId('playground-ts-editor'),
    typeScriptStatus: byId('playground-ts-status'),
    customTypeNote: byId('playground-custom-type'),
  };
}
