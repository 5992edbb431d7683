import { DiagramCache, installedMermaidVersion } from './diagram-cache.ts';
import { MermaidBrowser } from './mermaid-browser.ts';
import { type DiagramScheme, diagramSchemes, mermaidConfig } from './mermaid-themes.ts';
import { accessibleTitle, escapeAttribute, labelSvg, replaceSvgId } from './svg-markup.ts';

export interface DiagramRequest {
  /** Mermaid source text. */
  code: string;
  /** Id unique on the page; each scheme's SVG gets it with `-light` or `-dark` appended. */
  id: string;
  /** Accessible name of the diagram; defaults to its `accTitle:` line, then to a generic name. */
  label?: string;
  /** Source location of the diagram, such as `docs-content/architecture/overview.md:12`, quoted in errors. */
  source: string;
}

/** Raised when Mermaid cannot render a diagram: the build stops and names the diagram's source. */
export class DiagramRenderError extends Error {
  readonly source: string;

  constructor(source: string, message: string) {
    super(`mermaid diagram at \`${source}\` failed to render: ${message}`);
    this.name = 'DiagramRenderError';
    this.source = source;
  }
}

/** The shared renderer of one Node process: one Chromium, started on the first cache miss. */
class DiagramRenderer {
  readonly #cache = new DiagramCache();
  #browser: Promise<MermaidBrowser> | undefined;
  #mermaidVersion: Promise<string> | undefined;

  async renderSvg(
    code: string,
    scheme: DiagramScheme,
    source: string,
  ): Promise<{ svg: string; placeholderId: string }> {
    const config = mermaidConfig(scheme);
    this.#mermaidVersion ??= installedMermaidVersion();
    const key = DiagramCache.key(code, config, await this.#mermaidVersion);
    const placeholderId = `mermaid-${key.slice(0, 16)}`;

    const cached = await this.#cache.read(key);
    if (cached !== undefined) {
      return { svg: cached, placeholderId };
    }

    const browser = await this.#startBrowser();
    let svg: string;
    try {
      svg = await browser.render(code, placeholderId, config);
    } catch (error) {
      throw new DiagramRenderError(source, error instanceof Error ? error.message : String(error));
    }
    await this.#cache.write(key, svg);
    return { svg, placeholderId };
  }

  #startBrowser(): Promise<MermaidBrowser> {
    const executablePath = process.env.PORTAL_CHROMIUM_PATH || '/usr/bin/chromium';
    this.#browser ??= MermaidBrowser.launch(executablePath);
    return this.#browser;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    if (browser) {
      await (await browser).close();
    }
  }
}

// Astro loads the Markdown plugin with its configuration and the pages in a separate module graph,
// so the renderer lives on globalThis to keep one Chromium per process rather than one per graph.
const rendererKey = Symbol.for('portal.mermaid.renderer');

function sharedRenderer(): DiagramRenderer {
  const holder = globalThis as typeof globalThis & { [rendererKey]?: DiagramRenderer };
  holder[rendererKey] ??= new DiagramRenderer();
  return holder[rendererKey];
}

/**
 * Renders a Mermaid diagram to a `<figure>` holding one inline SVG per colour scheme; the site's
 * stylesheet shows the one matching Starlight's `data-theme`. No JavaScript is needed to show it.
 */
export async function renderDiagram(request: DiagramRequest): Promise<string> {
  const label = request.label ?? accessibleTitle(request.code) ?? 'Diagram';
  const renderer = sharedRenderer();

  const variants: string[] = [];
  for (const scheme of diagramSchemes) {
    const { svg, placeholderId } = await renderer.renderSvg(request.code, scheme, request.source);
    const ownSvg = labelSvg(replaceSvgId(svg, placeholderId, `${request.id}-${scheme}`), label);
    variants.push(`<div class="portal-diagram__scheme" data-diagram-scheme="${scheme}">${ownSvg}</div>`);
  }

  return `<figure class="portal-diagram" id="${escapeAttribute(request.id)}">${variants.join('')}</figure>`;
}

/** Closes the shared Chromium if one was started; the next render starts a new one. */
export async function closeDiagramRenderer(): Promise<void> {
  await sharedRenderer().close();
}
