import type { NodeLocation, OutlineReply } from '../validation/protocol.ts';
import { renderMermaid } from './mermaid-renderer.ts';

/** Quiet time after the last change before the graph is redrawn, in milliseconds. */
const redrawDelayMs = 300;

/**
 * Largest workflow drawn while typing. Mermaid lays a graph out on the main thread, and on a 2-core machine
 * a 200-node graph held it for about 3.7 s (playground/bench/keystroke-latency.ts), so larger graphs wait
 * for the draw button.
 */
const liveNodeLimit = 80;

/** Mermaid gives a flowchart node an element id like `graph-3-flowchart-n12-5`; `n12` is the engine's id. */
const nodeIdPattern = /flowchart-n(\d+)-/;

/** The Mermaid text and node places of the current text, or `undefined` when a newer request replaced the load. */
export type LoadOutline = () => Promise<OutlineReply | undefined>;

/** Waits until the status line has painted, because Mermaid's layout then blocks the main thread. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The live graph beside the editor. A short while after the workflow stops changing, it loads the graph
 * from the validation worker and redraws it. It keeps the last good drawing while the text has no graph,
 * and reports clicks on a node with the node's place in the file.
 */
export class GraphPanel {
  readonly #container: HTMLElement;
  readonly #status: HTMLElement;
  readonly #drawButton: HTMLButtonElement;
  readonly #loadOutline: LoadOutline;
  readonly #onNodeClick: (node: NodeLocation) => void;
  #timer?: ReturnType<typeof setTimeout>;
  #latest?: OutlineReply;
  #drawn?: string;
  #drawCount = 0;

  constructor(
    elements: { container: HTMLElement; status: HTMLElement; drawButton: HTMLButtonElement },
    loadOutline: LoadOutline,
    onNodeClick: (node: NodeLocation) => void,
  ) {
    this.#container = elements.container;
    this.#status = elements.status;
    this.#drawButton = elements.drawButton;
    this.#loadOutline = loadOutline;
    this.#onNodeClick = onNodeClick;
    this.#drawButton.addEventListener('click', () => void this.#load(true));
    this.#container.addEventListener('click', (event) => this.#handleClick(event));
    this.#container.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.#handleClick(event);
    });
  }

  /** Schedules loading and drawing the graph of the text once the text has stopped changing for a while. */
  textChanged(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#load(false), redrawDelayMs);
  }

  /** Draws the current graph again, for example after the colour scheme changed. */
  redraw(): void {
    this.#drawn = undefined;
    void this.#draw(false);
  }

  async #load(requested: boolean): Promise<void> {
    clearTimeout(this.#timer);
    const outline = await this.#loadOutline();
    if (!outline) return;

    this.#latest = outline;
    await this.#draw(requested);
  }

  async #draw(requested: boolean): Promise<void> {
    const graph = this.#latest?.graph;
    const nodeCount = this.#latest?.nodes.length ?? 0;
    const tooLarge = nodeCount > liveNodeLimit;
    this.#drawButton.hidden = !tooLarge;
    if (graph === undefined) {
      this.#status.textContent =
        'the graph shows the last valid structure until the file has a list of nodes again';
      this.#container.dataset.state = 'stale';
      return;
    }
    if (graph === this.#drawn) return;
    if (tooLarge && !requested) {
      this.#status.textContent = `the workflow has ${nodeCount} nodes, more than the ${liveNodeLimit} drawn while typing: select Draw graph`;
      this.#container.dataset.state = 'stale';
      return;
    }

    this.#drawCount += 1;
    const drawNumber = this.#drawCount;
    try {
      if (tooLarge) {
        this.#status.textContent = `drawing ${nodeCount} nodes…`;
        this.#container.dataset.state = 'drawing';
        this.#drawButton.disabled = true;
        await nextFrame();
      }
      const svg = await renderMermaid(graph, 'workflow-graph');
      if (drawNumber !== this.#drawCount) return;

      this.#container.innerHTML = svg;
      this.#drawn = graph;
      this.#makeNodesFocusable();
      this.#status.textContent = 'click a node to jump to its definition';
      this.#container.dataset.state = 'drawn';
    } catch (error) {
      if (drawNumber !== this.#drawCount) return;
      this.#status.textContent = `the graph could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      this.#container.dataset.state = 'failed';
    } finally {
      if (drawNumber === this.#drawCount) this.#drawButton.disabled = false;
    }
  }

  #makeNodesFocusable(): void {
    for (const node of this.#container.querySelectorAll<SVGGElement>('g.node')) {
      node.setAttribute('tabindex', '0');
      node.setAttribute('role', 'button');
      node.style.cursor = 'pointer';
    }
  }

  #handleClick(event: Event): void {
    const element = (event.target as Element | null)?.closest('g.node');
    const match = element?.id.match(nodeIdPattern);
    const node = match ? this.#latest?.nodes[Number(match[1])] : undefined;
    if (!node) return;

    event.preventDefault();
    this.#onNodeClick(node);
  }
}
