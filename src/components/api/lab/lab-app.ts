import { RATE_LIMIT_STRATEGIES, type RateLimitStrategy } from '../../../../engine/security/index.ts';
import { createPageApi } from '../../../api-mock/create-page-api.ts';
import { createPageClock } from '../../../api-mock/page-clock.ts';
import { drawBurstChart, outcomeKind } from './burst-chart.ts';
import { type BurstPlan, burstPlanProblem } from './burst-plan.ts';
import { BURST_PRESETS } from './burst-presets.ts';
import { identityHeaders } from './lab-identities.ts';
import { labOperation, labRequest } from './lab-operations.ts';
import { showMessage } from './message-pieces.ts';
import { type BurstOutcome, countOutcomes, runBurst } from './run-burst.ts';

interface LabChoice {
  identity: string;
  operationId: string;
  strategy: RateLimitStrategy;
  plan: BurstPlan;
}

function field<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const element = root.querySelector<T>(`[data-lab="${name}"]`);
  if (element === null) throw new Error(`the lab lacks its \`${name}\` element`);
  return element;
}

/** Reads the form; the start time is an ISO 8601 string so that readers can type a time to the millisecond. */
function readChoice(root: HTMLElement): LabChoice {
  return {
    identity: field<HTMLSelectElement>(root, 'identity').value,
    operationId: field<HTMLSelectElement>(root, 'operation').value,
    strategy: field<HTMLSelectElement>(root, 'strategy').value as RateLimitStrategy,
    plan: {
      count: Number(field<HTMLInputElement>(root, 'count').value),
      spacingMilliseconds: Number(field<HTMLInputElement>(root, 'spacing').value),
      startAt: Date.parse(field<HTMLInputElement>(root, 'start').value),
      concurrency: Number(field<HTMLInputElement>(root, 'concurrency').value),
    },
  };
}

function writeChoice(root: HTMLElement, choice: LabChoice): void {
  field<HTMLSelectElement>(root, 'identity').value = choice.identity;
  field<HTMLSelectElement>(root, 'operation').value = choice.operationId;
  field<HTMLSelectElement>(root, 'strategy').value = choice.strategy;
  field<HTMLInputElement>(root, 'count').value = String(choice.plan.count);
  field<HTMLInputElement>(root, 'spacing').value = String(choice.plan.spacingMilliseconds);
  field<HTMLInputElement>(root, 'start').value = new Date(choice.plan.startAt).toISOString();
  field<HTMLInputElement>(root, 'concurrency').value = String(choice.plan.concurrency);
}

/**
 * Fires one burst on a fresh mock with its own virtual clock, so that every run of the same choice gives the
 * same responses. The mock is the engine behind the reference's service worker, called directly.
 */
async function fireBurst(choice: LabChoice, strategy: RateLimitStrategy): Promise<BurstOutcome[]> {
  const clock = createPageClock();
  clock.set(choice.plan.startAt);
  const api = await createPageApi({ now: clock.now, rateLimitStrategy: strategy });
  const headers = await identityHeaders(choice.identity, choice.plan.startAt, (now) =>
    createPageApi({ now: () => now }),
  );
  const operation = labOperation(choice.operationId);
  return runBurst(api, clock, choice.plan, () => labRequest(operation, headers));
}

/** Wires the lab's form, presets, chart, comparison and response table. */
export function startLab(root: HTMLElement): void {
  const status = field<HTMLElement>(root, 'status');
  let latestRun = 0;

  // `compute` does the slow work and returns what to show. A run that a newer one overtook (a preset picked
  // while a burst is still being sent) shows nothing, so the page always matches the last choice.
  const run = async (compute: (choice: LabChoice) => Promise<() => string>) => {
    const ticket = ++latestRun;
    const choice = readChoice(root);
    const problem = burstPlanProblem(choice.plan);
    if (problem !== undefined) {
      root.dataset.labState = 'idle';
      showMessage(status, `Cannot fire: ${problem}.`);
      return;
    }
    root.dataset.labState = 'running';
    showMessage(status, 'Sending…');
    try {
      const show = await compute(choice);
      if (ticket !== latestRun) return;
      showMessage(status, show());
      root.dataset.labState = 'done';
    } catch (error) {
      if (ticket !== latestRun) return;
      root.dataset.labState = 'failed';
      showMessage(status, `The burst failed: ${String(error)}`);
    }
  };

  const burst = () =>
    run(async (choice) => {
      const outcomes = await fireBurst(choice, choice.strategy);
      return () => {
        showBurst(root, outcomes, choice.plan.startAt);
        const { allowed, rejected } = countOutcomes(outcomes);
        return `Sent ${outcomes.length} requests with \`${choice.strategy}\`: ${allowed} passed the limit, ${rejected} got 429.`;
      };
    });

  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-preset]')) {
    button.addEventListener('click', () => {
      const preset = BURST_PRESETS.find((candidate) => candidate.id === button.dataset.preset);
      if (preset === undefined) return;
      writeChoice(root, preset);
      showMessage(field<HTMLElement>(root, 'preset-description'), preset.description);
      void burst();
    });
  }

  field<HTMLFormElement>(root, 'form').addEventListener('submit', (event) => {
    event.preventDefault();
    void burst();
  });

  field<HTMLButtonElement>(root, 'compare').addEventListener('click', () => {
    void run(async (choice) => {
      const rows: { strategy: RateLimitStrategy; allowed: number; rejected: number }[] = [];
      for (const strategy of RATE_LIMIT_STRATEGIES) {
        rows.push({ strategy, ...countOutcomes(await fireBurst(choice, strategy)) });
      }
      return () => {
        showComparison(root, rows);
        return 'Compared the three strategies on the same burst.';
      };
    });
  });
}

function showBurst(root: HTMLElement, outcomes: readonly BurstOutcome[], startAt: number): void {
  const { allowed, rejected } = countOutcomes(outcomes);
  const summary = field<HTMLElement>(root, 'summary');
  summary.dataset.allowed = String(allowed);
  summary.dataset.rejected = String(rejected);
  summary.textContent = `${allowed} passed the rate limit, ${rejected} rejected with 429`;

  field<HTMLElement>(root, 'chart').replaceChildren(drawBurstChart(outcomes, startAt));

  const body = field<HTMLTableSectionElement>(root, 'responses');
  body.replaceChildren(...outcomes.map((outcome) => responseRow(root, outcome, startAt)));
  field<HTMLElement>(root, 'details').hidden = true;
}

function responseRow(root: HTMLElement, outcome: BurstOutcome, startAt: number): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.dataset.status = String(outcome.status);
  row.dataset.outcome = outcomeKind(outcome.status);
  row.tabIndex = 0;
  const cells = [
    String(outcome.number),
    `+${((outcome.sentAt - startAt) / 1000).toFixed(3)} s`,
    String(outcome.status),
    outcome.remaining === undefined ? '' : String(outcome.remaining),
    outcome.retryAfterSeconds === undefined ? '' : `${outcome.retryAfterSeconds} s`,
  ];
  for (const text of cells) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }

  const open = () => showDetails(root, outcome);
  row.addEventListener('click', open);
  row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  });
  return row;
}

function showDetails(root: HTMLElement, outcome: BurstOutcome): void {
  const details = field<HTMLElement>(root, 'details');
  field<HTMLElement>(root, 'details-title').textContent = `Response #${outcome.number}: ${outcome.status}`;
  field<HTMLElement>(root, 'details-headers').textContent = outcome.headers
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  field<HTMLElement>(root, 'details-body').textContent = prettyBody(outcome.body);
  details.hidden = false;
}

function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function showComparison(
  root: HTMLElement,
  rows: readonly { strategy: RateLimitStrategy; allowed: number; rejected: number }[],
): void {
  const body = field<HTMLTableSectionElement>(root, 'comparison');
  body.replaceChildren(
    ...rows.map((entry) => {
      const row = document.createElement('tr');
      row.dataset.strategy = entry.strategy;
      row.dataset.allowed = String(entry.allowed);
      row.dataset.rejected = String(entry.rejected);
      for (const text of [entry.strategy, String(entry.allowed), String(entry.rejected)]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }),
  );
  field<HTMLElement>(root, 'comparison-table').hidden = false;
}
