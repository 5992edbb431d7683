import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { renderDiagram } from './render-diagram.ts';

/** Per-document counter stored in Sätteri's document data, so diagram ids are unique on a page. */
const counterKey = 'portalMermaidDiagramCount';

/**
 * Creates a Sätteri hast plugin that replaces every ```mermaid code block of a Markdown or MDX page with
 * the inline SVG figure from `renderDiagram`. It must run before Expressive Code, which would
 * otherwise turn the block into a highlighted listing. A title in the fence's meta string
 * (```mermaid title="Platform components") becomes the diagram's accessible name.
 */
export function mermaidHastPlugin(): HastPluginDefinition {
  return {
    name: 'portal-mermaid',
    options: { position: true },
    element: {
      filter: ['pre'],
      async visit(node, ctx) {
        const code = mermaidCode(node);
        if (code === undefined) {
          return;
        }

        const data = ctx.data as Record<string, unknown>;
        const count = ((data[counterKey] as number | undefined) ?? 0) + 1;
        data[counterKey] = count;

        const html = await renderDiagram({
          code,
          id: `diagram-${count}`,
          label: titleFromMeta(codeElement(node)),
          source: sourceLocation(ctx.fileURL, node.position?.start.line),
        });
        return { type: 'raw', value: html };
      },
    },
  };
}

function codeElement(pre: Element): Element | undefined {
  const first = pre.children.find((child): child is Element => child.type === 'element');
  return first?.tagName === 'code' ? first : undefined;
}

/** Language and meta string of a fenced code block, as Sätteri records them on the `<code>` element. */
interface CodeBlockData {
  lang?: string | null;
  meta?: string | null;
}

/** Returns the source of a ```mermaid block, or undefined for any other `<pre>`. */
function mermaidCode(pre: Element): string | undefined {
  const code = codeElement(pre);
  if ((code?.data as CodeBlockData | undefined)?.lang !== 'mermaid') {
    return undefined;
  }
  return textOf(code?.children ?? []);
}

function textOf(children: ElementContent[]): string {
  let text = '';
  for (const child of children) {
    if ('value' in child) {
      text += child.value;
    } else if ('children' in child) {
      text += textOf(child.children);
    }
  }
  return text;
}

function titleFromMeta(code: Element | undefined): string | undefined {
  const meta = (code?.data as CodeBlockData | undefined)?.meta ?? '';
  return /\btitle="([^"]*)"/.exec(meta)?.[1];
}

function sourceLocation(fileURL: URL | undefined, line: number | undefined): string {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'unknown file';
  return line === undefined ? file : `${file}:${line}`;
}
