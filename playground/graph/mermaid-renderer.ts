import type { Mermaid } from 'mermaid';
import { type DiagramScheme, mermaidConfig } from '../../scripts/mermaid/mermaid-themes.ts';

let loading: Promise<Mermaid> | undefined;
let configuredScheme: DiagramScheme | undefined;
let renderCount = 0;

/** The colour scheme Starlight shows now, from the `data-theme` attribute its theme switch sets. */
export function currentScheme(): DiagramScheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Loads Mermaid on first use only, so the page shows the editor before the diagram library arrives. */
function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then((module) => module.default);
  return loading;
}

/**
 * Renders Mermaid text to SVG markup in the site's current colour scheme, with the site's diagram theme and
 * `securityLevel: 'strict'`, so the markup carries no scripts or click handlers of its own.
 */
export async function renderMermaid(text: string, idPrefix: string): Promise<string> {
  const mermaid = await loadMermaid();
  const scheme = currentScheme();
  if (scheme !== configuredScheme) {
    mermaid.initialize(mermaidConfig(scheme));
    configuredScheme = scheme;
  }

  renderCount += 1;
  const { svg } = await mermaid.render(`${idPrefix}-${renderCount}`, text);
  return svg;
}
