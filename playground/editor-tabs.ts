import type { monaco as Monaco } from './editor/monaco.ts';
import type { CustomNodeType } from './typescript/custom-node-type.ts';
import type { TypeScriptTab } from './typescript/typescript-tab.ts';

export interface EditorTabElements {
  yamlTab: HTMLButtonElement;
  typeScriptTab: HTMLButtonElement;
  yamlPanel: HTMLElement;
  typeScriptPanel: HTMLElement;
  typeScriptEditor: HTMLElement;
  typeScriptStatus: HTMLElement;
}

export interface EditorTabOptions {
  monaco: typeof Monaco;
  theme: () => string;
  onNodeType: (nodeType: CustomNodeType | undefined) => void;
  /** Called once the TypeScript tab has loaded, with its handle. */
  onTypeScriptTab: (tab: TypeScriptTab) => void;
}

/**
 * Switches between the workflow file and the TypeScript node type. The TypeScript tab's module, and with
 * it the compiler's worker, is imported the first time the tab opens, so the playground does not load it before.
 */
export function mountEditorTabs(elements: EditorTabElements, options: EditorTabOptions): void {
  const tabs = [
    { button: elements.yamlTab, panel: elements.yamlPanel },
    { button: elements.typeScriptTab, panel: elements.typeScriptPanel },
  ];
  let loading: Promise<unknown> | undefined;

  const select = (index: number) => {
    tabs.forEach((tab, position) => {
      const selected = position === index;
      tab.button.setAttribute('aria-selected', String(selected));
      tab.button.tabIndex = selected ? 0 : -1;
      tab.panel.hidden = !selected;
    });
    if (index === 1) loading ??= loadTypeScriptTab(elements, options);
  };

  tabs.forEach((tab, index) => {
    tab.button.addEventListener('click', () => select(index));
    // Arrow keys move between tabs, as the ARIA tabs pattern describes.
    tab.button.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const next = (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
      select(next);
      tabs[next]?.button.focus();
    });
  });
  select(0);
}

async function loadTypeScriptTab(elements: EditorTabElements, options: EditorTabOptions): Promise<void> {
  elements.typeScriptStatus.textContent = 'loading the TypeScript editor…';
  try {
    const { mountTypeScriptTab } = await import('./typescript/typescript-tab.ts');
    const tab = mountTypeScriptTab(options.monaco, {
      container: elements.typeScriptEditor,
      status: elements.typeScriptStatus,
      theme: options.theme(),
      onNodeType: options.onNodeType,
    });
    options.onTypeScriptTab(tab);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    elements.typeScriptStatus.textContent = `the TypeScript editor failed to load: ${reason}`;
  }
}
