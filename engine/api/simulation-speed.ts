import {
  DEFAULT_DURATIONS,
  DEFAULT_QUEUE_SECONDS,
  DEFAULT_RETRY_DELAY_SECONDS,
} from '../workflow/simulate/index.ts';
import { DEFAULT_RUN_SIMULATION, type RunSimulationOptions } from './config.ts';

/**
 * Returns the default run simulation with every duration divided by `speed`, so that at speed 60 a run of two
 * simulated minutes takes two seconds. Used by `wf serve --sim-speed` for demos and process tests.
 */
export function simulationAtSpeed(speed: number): RunSimulationOptions {
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new RangeError(`invalid speed \`${speed}\`: expected a positive number`);
  }

  const durations = Object.fromEntries(
    Object.entries(DEFAULT_DURATIONS).map(([nodeType, model]) => [
      nodeType,
      { ...model, meanSeconds: model.meanSeconds / speed },
    ]),
  );
  return {
    ...DEFAULT_RUN_SIMULATION,
    durations,
    queueSeconds: DEFAULT_QUEUE_SECONDS / speed,
    retryDelaySeconds: DEFAULT_RETRY_DELAY_SECONDS / speed,
  };
}
