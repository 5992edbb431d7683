import type { TextOutput } from './cli-context.ts';

/** Characters gathered before one write: large enough to keep write calls few, small next to V8's string limit. */
const batchLength = 1 << 20;

/** Writes `chunks` to `output` in batches of about a megabyte, so that no single string has to hold it all. */
export function writeChunks(output: TextOutput, chunks: Iterable<string>): void {
  let batch = '';

  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length < batchLength) continue;
    output.write(batch);
    batch = '';
  }

  if (batch !== '') output.write(batch);
}
