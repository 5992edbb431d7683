import type { BurstOutcome } from './run-burst.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 44, left: 48 };

type Attributes = Record<string, string | number>;

function svgElement(name: string, attributes: Attributes, text?: string): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** `rejected` for 429, `allowed` for 2xx, `refused` for any other status (401, 403, 422...). */
export function outcomeKind(status: number): 'allowed' | 'rejected' | 'refused' {
  if (status === 429) return 'rejected';
  return status >= 200 && status < 300 ? 'allowed' : 'refused';
}

function formatSeconds(milliseconds: number): string {
  return `${Number((milliseconds / 1000).toFixed(2))} s`;
}

/**
 * Draws a burst as an inline SVG: one dot per response at its send time, placed at the budget left after it
 * (`X-RateLimit-Remaining`) and colored by outcome. A step line traces the budget, and dashed lines mark where
 * epoch-aligned windows begin, which is where a fixed window resets.
 */
export function drawBurstChart(outcomes: readonly BurstOutcome[], startAt: number): SVGSVGElement {
  const svg = svgElement('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    class: 'burst-chart',
  }) as SVGSVGElement;
  svg.setAttribute('aria-label', chartLabel(outcomes));
  if (outcomes.length === 0) return svg;

  const lastAt = Math.max(...outcomes.map((outcome) => outcome.sentAt));
  const span = Math.max(lastAt - startAt, 1000);
  const limit = Math.max(1, ...outcomes.map((outcome) => outcome.limit ?? 0));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (at: number) => MARGIN.left + ((at - startAt) / span) * plotWidth;
  const y = (remaining: number) => MARGIN.top + (1 - remaining / limit) * plotHeight;

  drawAxes(svg, limit, span, x, y);
  drawWindowStarts(svg, outcomes, startAt, lastAt, x);
  drawBudgetLine(svg, outcomes, x, y);
  for (const outcome of outcomes) {
    const kind = outcomeKind(outcome.status);
    const dot = svgElement('circle', {
      cx: x(outcome.sentAt).toFixed(1),
      cy: y(outcome.remaining ?? 0).toFixed(1),
      r: 4,
      class: `burst-dot burst-dot-${kind}`,
      'data-outcome': kind,
    });
    dot.append(
      svgElement(
        'title',
        {},
        `#${outcome.number} at +${formatSeconds(outcome.sentAt - startAt)}: ${outcome.status}`,
      ),
    );
    svg.append(dot);
  }
  return svg;
}

function chartLabel(outcomes: readonly BurstOutcome[]): string {
  const rejected = outcomes.filter((outcome) => outcome.status === 429).length;
  return `${outcomes.length} requests over virtual time: ${outcomes.length - rejected} passed the rate limit, ${rejected} rejected with 429`;
}

function drawAxes(
  svg: SVGElement,
  limit: number,
  span: number,
  x: (at: number) => number,
  y: (remaining: number) => number,
): void {
  const bottom = HEIGHT - MARGIN.bottom;
  svg.append(
    svgElement('line', {
      x1: MARGIN.left,
      y1: bottom,
      x2: WIDTH - MARGIN.right,
      y2: bottom,
      class: 'burst-axis',
    }),
  );
  svg.append(
    svgElement('line', { x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: bottom, class: 'burst-axis' }),
  );

  for (const value of [0, Math.round(limit / 2), limit]) {
    svg.append(
      svgElement(
        'text',
        { x: MARGIN.left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'burst-tick' },
        String(value),
      ),
    );
  }
  const origin = x(0);
  svg.append(svgElement('text', { x: origin, y: bottom + 16, class: 'burst-tick' }, '+0 s'));
  svg.append(
    svgElement(
      'text',
      { x: WIDTH - MARGIN.right, y: bottom + 16, 'text-anchor': 'end', class: 'burst-tick' },
      `+${formatSeconds(span)}`,
    ),
  );
  svg.append(
    svgElement(
      'text',
      {
        x: MARGIN.left + (WIDTH - MARGIN.left - MARGIN.right) / 2,
        y: HEIGHT - 6,
        'text-anchor': 'middle',
        class: 'burst-tick',
      },
      'virtual time since the first request; dots sit at the budget left',
    ),
  );
}

function drawWindowStarts(
  svg: SVGElement,
  outcomes: readonly BurstOutcome[],
  startAt: number,
  lastAt: number,
  x: (at: number) => number,
): void {
  const windowSeconds = outcomes.find((outcome) => outcome.windowSeconds !== undefined)?.windowSeconds;
  if (windowSeconds === undefined) return;

  const windowMilliseconds = windowSeconds * 1000;
  const first = Math.ceil(startAt / windowMilliseconds) * windowMilliseconds;
  for (let boundary = first; boundary <= lastAt; boundary += windowMilliseconds) {
    const position = x(boundary);
    svg.append(
      svgElement('line', {
        x1: position,
        y1: MARGIN.top,
        x2: position,
        y2: HEIGHT - MARGIN.bottom,
        class: 'burst-window',
        'data-window-start': boundary,
      }),
    );
    svg.append(
      svgElement(
        'text',
        { x: position + 4, y: MARGIN.top + 10, class: 'burst-tick' },
        `window starts ${new Date(boundary).toISOString().slice(11, 19)}`,
      ),
    );
  }
}

function drawBudgetLine(
  svg: SVGElement,
  outcomes: readonly BurstOutcome[],
  x: (at: number) => number,
  y: (remaining: number) => number,
): void {
  const points: string[] = [];
  let previousY: number | undefined;
  for (const outcome of outcomes) {
    if (outcome.remaining === undefined) continue;
    const pointX = x(outcome.sentAt).toFixed(1);
    const pointY = y(outcome.remaining).toFixed(1);
    if (previousY !== undefined) points.push(`${pointX},${previousY.toFixed(1)}`);
    points.push(`${pointX},${pointY}`);
    previousY = Number(pointY);
  }
  if (points.length > 0)
    svg.append(svgElement('polyline', { points: points.join(' '), class: 'burst-budget' }));
}
