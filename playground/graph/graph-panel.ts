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

/**
 * The live graph beside the editor. It redraws a short while after the workflow stops changing, keeps the
 * last good drawing while the text has no graph, and reports clicks on a node by the node's index.
 */
export class GraphPanel {
  readonly #container: HTMLElement;
  readonly #status: HTMLElement;
  readonly #onNodeClick: (index: number) => void;
  readonly #drawButton: HTMLButtonElement;
  #timer?: ReturnType<typeof setTimeout>;
  #latest?: string;
  #drawn?: string;
  #drawCount = 0;
  #latestNodeCount = 0;

  constructor(
    container: HTMLElement,
    status: HTMLElement,
    drawButton: HTMLButtonElement,
    onNodeClick: (index: number) => void,
  ) {
    this.#container = container;
    this.#status = status;
    this.#drawButton = drawButton;
    this.#onNodeClick = onNodeClick;
    drawButton.addEventListener('click', () => void this.#draw(true));
    container.addEventListener('click', (event) => this.#handleClick(event));
    container.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.#handleClick(event);
    });
  }

  /**
   * Schedules a redraw with `graph`, Mermaid text of `nodeCount` nodes, or marks the drawing stale when there
   * is no graph. Graphs above the live limit are drawn only when the draw button is selected.
   */
  update(graph: string | undefined, nodeCount: number): void {
    this.#latest = graph;
    this.#latestNodeCount = nodeCount;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#draw(false), redrawDelayMs);
  }

  /** Draws the current graph again, for example after the colour scheme changed. */
  redraw(): void {
    this.#drawn = undefined;
    void this.#draw(false);
  }

  async #draw(requested: boolean): Promise<void> {
    const graph = this.#latest;
    const tooLarge = this.#latestNodeCount > liveNodeLimit;
    this.#drawButton.hidden = !tooLarge;
    if (graph === undefined) {
      this.#status.textContent =
        'the graph shows the last valid structure until the file has a list of nodes again';
      this.#container.dataset.state = 'stale';
      return;
    }
    if (graph === this.#drawn) return;
    if (tooLarge && !requested) {
      this.#status.textContent = `the workflow has ${this.#latestNodeCount} nodes, more than the ${liveNodeLimit} drawn while typing: select Draw graph`;
      this.#container.dataset.state = 'stale';
      return;
    }

    this.#drawCount += 1;
    const drawNumber = this.#drawCount;
    try {
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
    const node = (event.target as Element | null)?.closest('g.node');
    const match = node?.id.match(nodeIdPattern);
    if (!match) return;

    event.preventDefault();
    this.#onNodeClick(Number(match[1]));
  }
}
