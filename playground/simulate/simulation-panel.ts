import type { SimulatedRun } from '../../engine/workflow/simulate/index.ts';
import { renderMermaid } from '../graph/mermaid-renderer.ts';
import type { SimulateReply } from '../validation/protocol.ts';

export interface SimulationElements {
  form: HTMLFormElement;
  seed: HTMLInputElement;
  chart: HTMLElement;
  summary: HTMLElement;
}

function describeRun(run: SimulatedRun): string {
  const budget = run.withinBudget
    ? `within the ${run.budgetSeconds} s budget`
    : `over the ${run.budgetSeconds} s budget`;
  const path = run.criticalPath.nodes.join(' → ');
  return `run ${run.status} in ${run.durationSeconds} s, ${budget}. Critical path (${run.criticalPath.seconds} s): ${path}`;
}

/** Rough width of one character of a Gantt section label, in pixels, at Mermaid's default font size. */
const labelCharacterWidth = 7;

/**
 * Gives the chart's section labels (`node (type)`) room on the left. Mermaid leaves them 75 pixels by
 * default and draws longer labels under the bars, so the padding follows the longest label.
 */
function withLabelRoom(gantt: string): string {
  const labels = [...gantt.matchAll(/^\s*section (.+)$/gm)].map((match) => match[1] ?? '');
  const longest = Math.max(0, ...labels.map((label) => label.length));
  const leftPadding = Math.max(75, Math.ceil(longest * labelCharacterWidth) + 16);
  return `---\nconfig:\n  gantt:\n    leftPadding: ${leftPadding}\n---\n${gantt}`;
}

/**
 * The simulated-run panel: a seed and a button. It asks `simulate` for a run of the current text and shows
 * the Gantt chart of the attempts, the critical path and whether the run fits the five-minute budget.
 */
export function mountSimulationPanel(
  elements: SimulationElements,
  simulate: (seed: number) => Promise<SimulateReply | undefined>,
): { redraw: () => void } {
  let lastGantt: string | undefined;

  const drawGantt = async (gantt: string) => {
    const svg = await renderMermaid(withLabelRoom(gantt), 'simulated-run');
    if (gantt !== lastGantt) return;
    elements.chart.innerHTML = svg;
    elements.chart.dataset.state = 'drawn';
  };

  elements.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const seed = Number.parseInt(elements.seed.value, 10);
    if (!Number.isSafeInteger(seed) || seed < 0) {
      elements.summary.textContent = `seed \`${elements.seed.value}\` is invalid: enter a whole number of 0 or more`;
      return;
    }

    elements.summary.textContent = 'simulating…';
    const reply = await simulate(seed);
    if (!reply) return;
    if (!reply.ok) {
      elements.summary.textContent = reply.reason;
      return;
    }

    elements.summary.textContent = describeRun(reply.run);
    elements.summary.dataset.withinBudget = String(reply.run.withinBudget);
    lastGantt = reply.gantt;
    try {
      await drawGantt(reply.gantt);
    } catch (error) {
      elements.summary.textContent += `. The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    }
  });

  return {
    redraw: () => {
      if (lastGantt !== undefined) void drawGantt(lastGantt);
    },
  };
}
