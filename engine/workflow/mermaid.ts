import { workflowEdges } from './edges.ts';
import type { Workflow } from './model.ts';

export interface MermaidOptions {
  direction?: 'TD' | 'LR';
  /** Names of nodes to mark with the `error` class, such as the nodes that have diagnostics. */
  highlight?: string[];
}

/** Characters that may stay as they are inside a quoted Mermaid label; everything else becomes an entity. */
const safeLabelCharacter = /[A-Za-z0-9 _.,:/-]/;

/**
 * Escapes text for a quoted Mermaid label. Every other character becomes a numeric entity such as `#34;`,
 * which Mermaid decodes when it draws, so quotes, brackets, `<`, `&`, backticks and `#` cannot end the label,
 * open markup or start a Markdown string. Line breaks become spaces so the label stays on one line.
 */
export function escapeMermaidLabel(text: string): string {
  let escaped = '';
  for (const character of text.replace(/\r\n|\r|\n/g, ' ')) {
    escaped += safeLabelCharacter.test(character) ? character : `#${character.codePointAt(0)};`;
  }
  return escaped;
}

/**
 * Renders a workflow as a Mermaid flowchart, with a router's conditions as edge labels. Node ids are generated (`n0`, `n1`, ...) so that no user text
 * is ever read as Mermaid syntax or keywords like `end`; the user's name and type appear only in labels.
 */
export function workflowToMermaid(workflow: Workflow, options: MermaidOptions = {}): string {
  const direction = options.direction ?? 'TD';
  const highlight = new Set(options.highlight ?? []);
  const ids = new Map<string, string>();
  const lines = [`flowchart ${direction}`];

  workflow.nodes.forEach((node, index) => {
    const id = `n${index}`;
    if (!ids.has(node.name)) ids.set(node.name, id);

    const label = `${escapeMermaidLabel(node.name)}<br/><small>${escapeMermaidLabel(node.type)}</small>`;
    lines.push(`  ${id}["${label}"]`);
  });

  for (const edge of workflowEdges(workflow)) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (!from || !to) continue;

    // A router's edges carry their condition as a label, escaped like node labels
    const label = edge.condition === undefined ? '' : `|"${escapeMermaidLabel(edge.condition)}"|`;
    lines.push(`  ${from} -->${label} ${to}`);
  }

  const marked = workflow.nodes.flatMap((node, index) => (highlight.has(node.name) ? [`n${index}`] : []));
  if (marked.length > 0) {
    lines.push('  classDef error stroke:#d1242f,stroke-width:3px,fill:#ffebe9');
    lines.push(`  class ${marked.join(',')} error`);
  }

  return `${lines.join('\n')}\n`;
}
