import { epochMsAt } from './run-snapshot.ts';
import type { SimulatedRun } from './simulated-run.ts';

/**
 * Renders a simulated run as Mermaid `gantt` text: one section per node, one bar per attempt (`done`
 * when it succeeded, `crit` when it failed) and a zero-length milestone where a node was skipped.
 * Dates are epoch milliseconds (`dateFormat x`) from the run's `startAt`, and each bar's length is
 * given in milliseconds so no date parsing is involved at the end.
 * NOTE: the axis shows the browser's local clock as minutes and seconds. It reads as time since the
 * trigger only when `startAt` falls on a whole hour of local time, as 0 does in most time zones.
 */
export function toMermaidGantt(run: SimulatedRun): string {
  const lines = [
    'gantt',
    `  title ${escapeGanttText(`${run.workflowId} simulated with seed ${run.seed}, ${run.status} in ${run.durationSeconds} s`)}`,
    '  dateFormat x',
    '  axisFormat %M:%S',
  ];

  run.nodes.forEach((node, nodeIndex) => {
    lines.push(`  section ${escapeGanttText(`${node.name} (${node.type})`)}`);
    for (const attempt of node.attempts) {
      const tag = attempt.status === 'succeeded' ? 'done' : 'crit';
      const startMs = epochMsAt(run, attempt.startSeconds);
      const lengthMs = epochMsAt(run, attempt.endSeconds) - startMs;
      const label = escapeGanttText(`attempt ${attempt.attempt} ${attempt.status}`);
      lines.push(`    ${label} :${tag}, n${nodeIndex}a${attempt.attempt}, ${startMs}, ${lengthMs}ms`);
    }
    if (node.status === 'skipped') {
      const atMs = epochMsAt(run, node.settledSeconds);
      lines.push(`    skipped :milestone, n${nodeIndex}skip, ${atMs}, 0ms`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Escapes text for a Mermaid gantt line. A colon ends a task label and `#` or `;` end its data, so
 * they become Mermaid's numeric entity codes (`#58;`), which Mermaid decodes when it renders. Line
 * breaks become spaces because each line is one statement.
 */
export function escapeGanttText(text: string): string {
  return text.replace(/[#:;]/g, (character) => `#${character.charCodeAt(0)};`).replace(/[\r\n]+/g, ' ');
}
