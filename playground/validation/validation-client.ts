import type { CustomNodeType } from '../typescript/custom-node-type.ts';
import type { OutlineReply, SimulateReply, ValidateReply, WorkerReply, WorkerRequest } from './protocol.ts';
import ValidationWorker from './validation-worker.ts?worker';

/**
 * Talks to the validation worker. The newest text always wins: while one validation runs, only the latest
 * text typed meanwhile waits to be sent, and a reply older than the latest request of its kind is dropped.
 */
export class ValidationClient {
  readonly #worker: Worker;
  #validateSeq = 0;
  #validating = false;
  #waitingSource?: string;
  #outlineSeq = 0;
  #pendingOutline?: (reply: OutlineReply | undefined) => void;
  #simulateSeq = 0;
  #pendingSimulation?: (reply: SimulateReply | undefined) => void;
  #customNodeTypes: CustomNodeType[] = [];
  onValidated: (reply: ValidateReply) => void = () => {};

  constructor() {
    this.#worker = new ValidationWorker();
    this.#worker.onmessage = (event: MessageEvent<WorkerReply>) => this.#receive(event.data);
  }

  /** Sets the node types of the TypeScript tab, sent with every later request. */
  setCustomNodeTypes(customNodeTypes: CustomNodeType[]): void {
    this.#customNodeTypes = customNodeTypes;
  }

  /** Queues the text for validation; the result arrives through `onValidated` unless newer text overtakes it. */
  validate(source: string): void {
    this.#validateSeq += 1;
    if (this.#validating) {
      this.#waitingSource = source;
      return;
    }

    this.#validating = true;
    this.#post({ kind: 'validate', seq: this.#validateSeq, source, customNodeTypes: this.#customNodeTypes });
  }

  /**
   * Asks for the graph of the text validated last, when the worker gets to it. Resolves to `undefined` when a
   * newer request replaced this one.
   */
  outline(): Promise<OutlineReply | undefined> {
    this.#outlineSeq += 1;
    this.#pendingOutline?.(undefined);
    const { promise, resolve } = Promise.withResolvers<OutlineReply | undefined>();
    this.#pendingOutline = resolve;
    this.#post({ kind: 'outline', seq: this.#outlineSeq });
    return promise;
  }

  /** Simulates a run of the text. Resolves to `undefined` when a newer simulation replaced this one. */
  simulate(source: string, seed: number): Promise<SimulateReply | undefined> {
    this.#simulateSeq += 1;
    this.#pendingSimulation?.(undefined);
    const { promise, resolve } = Promise.withResolvers<SimulateReply | undefined>();
    this.#pendingSimulation = resolve;
    this.#post({
      kind: 'simulate',
      seq: this.#simulateSeq,
      source,
      seed,
      customNodeTypes: this.#customNodeTypes,
    });
    return promise;
  }

  #post(request: WorkerRequest): void {
    this.#worker.postMessage(request);
  }

  #receive(reply: WorkerReply): void {
    if (reply.kind === 'validate') {
      this.#validating = false;
      if (this.#waitingSource !== undefined) {
        const source = this.#waitingSource;
        this.#waitingSource = undefined;
        this.#validating = true;
        this.#post({
          kind: 'validate',
          seq: this.#validateSeq,
          source,
          customNodeTypes: this.#customNodeTypes,
        });
      }
      if (reply.seq === this.#validateSeq) this.onValidated(reply);
      return;
    }

    if (reply.kind === 'outline') {
      if (reply.seq !== this.#outlineSeq) return;
      this.#pendingOutline?.(reply);
      this.#pendingOutline = undefined;
      return;
    }

    if (reply.seq !== this.#simulateSeq) return;
    this.#pendingSimulation?.(reply);
    this.#pendingSimulation = undefined;
  }
}
