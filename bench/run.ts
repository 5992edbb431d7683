/**
 * Benchmarks `wf validate` (npm run bench). It prints figures and checks nothing. Figures depend on
 * the machine and its load, so compare ratios between runs on one machine rather than absolute times.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandFileArguments } from '../engine/cli/files/expand-file-arguments.ts';
import { renderCodeFrame } from '../engine/cli/format/code-frame.ts';
import { validateFiles } from '../engine/cli/validate-files.ts';
import { createIncrementalValidator, validateWorkflow } from '../engine/workflow/index.ts';
import { createRandom, generateWorkflow } from './generate-workflows.ts';

const fileCount = 1000;
const largeNodeCount = 200;
const wfEntry = fileURLToPath(new URL('../engine/cli/wf.ts', import.meta.url));

function report(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(52)}${value}\n`);
}

function timeProcess(args: string[], cwd: string): { seconds: number; status: number | null } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [wfEntry, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { seconds: (performance.now() - started) / 1000, status: result.status };
}

function benchmarkFiles(directory: string): void {
  const random = createRandom(20_240_601);
  let bytes = 0;
  for (let index = 0; index < fileCount; index += 1) {
    const text = generateWorkflow(index, 3 + Math.floor(random() * 10), random);
    bytes += text.length;
    writeFileSync(join(directory, `workflow-${String(index).padStart(4, '0')}.yaml`), text);
  }
  report('generated files', `${fileCount} (${(bytes / 1024).toFixed(0)} KiB, 3-12 nodes each)`);

  const single = timeProcess(['validate', '--format', 'json', 'workflow-0000.yaml'], directory);
  const all = timeProcess(['validate', '--format', 'json', '.'], directory);
  const pretty = timeProcess(['validate', '.'], directory);
  report('wf validate, 1 file, one process', `${single.seconds.toFixed(2)} s (exit ${single.status})`);
  report(
    `wf validate, ${fileCount} files, one process (json)`,
    `${all.seconds.toFixed(2)} s (exit ${all.status})`,
  );
  report(`wf validate, ${fileCount} files, one process (pretty)`, `${pretty.seconds.toFixed(2)} s`);
  report(
    'per file beyond start-up',
    `${(((all.seconds - single.seconds) / (fileCount - 1)) * 1000).toFixed(2)} ms, ` +
      `${((fileCount - 1) / (all.seconds - single.seconds)).toFixed(0)} files/s`,
  );
  report(
    '1000 files vs 1000 single-file processes',
    `${((single.seconds * fileCount) / all.seconds).toFixed(0)}x faster`,
  );

  const { files } = expandFileArguments(['.'], directory);
  validateFiles(files.slice(0, 50), false);
  const started = performance.now();
  const run = validateFiles(files, false);
  const seconds = (performance.now() - started) / 1000;
  report(
    'in-process read + validate, warm',
    `${(fileCount / seconds).toFixed(0)} files/s (${run.diagnostics.length} diagnostics)`,
  );
}

function benchmarkLargeWorkflow(): void {
  const source = generateWorkflow(0, largeNodeCount, createRandom(7));
  const diagnostics = validateWorkflow(source).diagnostics.length;
  for (let warmup = 0; warmup < 5; warmup += 1) validateWorkflow(source);

  const iterations = 50;
  const started = performance.now();
  for (let iteration = 0; iteration < iterations; iteration += 1) validateWorkflow(source);
  const milliseconds = (performance.now() - started) / iterations;

  report(
    `validateWorkflow, ${largeNodeCount}-node workflow`,
    `${milliseconds.toFixed(2)} ms each (${diagnostics} diagnostics)`,
  );
  report(
    '  throughput',
    `${((largeNodeCount / milliseconds) * 1000).toFixed(0)} nodes/s, ${((source.length / 1024 / milliseconds) * 1000).toFixed(0)} KiB/s`,
  );
}

/**
 * Times one keystroke in a node's type halfway down a 200-node file, validated in full and by the
 * incremental validator the playground uses, which reuses the previous document when only a value changed.
 */
function benchmarkKeystroke(): void {
  const source = generateWorkflow(0, largeNodeCount, createRandom(7));
  const lines = source.split('\n');
  const typeLine = lines.findIndex((line, index) => index >= lines.length / 2 && /^\s+type: \w+$/.test(line));
  const typed = (index: number) =>
    lines.map((line, at) => (at === typeLine && index % 2 === 1 ? `${line}x` : line)).join('\n');
  const texts = Array.from({ length: 100 }, (_, index) => typed(index));

  const validator = createIncrementalValidator();
  for (const text of texts.slice(0, 10)) {
    validateWorkflow(text);
    validator.validate(text);
  }

  const time = (validate: (text: string) => unknown): number => {
    const started = performance.now();
    for (const text of texts) validate(text);
    return (performance.now() - started) / texts.length;
  };
  const fullMs = time((text) => validateWorkflow(text));
  const incrementalMs = time((text) => validator.validate(text));
  report(`keystroke, ${largeNodeCount}-node file, validateWorkflow`, `${fullMs.toFixed(2)} ms`);
  report(
    `keystroke, ${largeNodeCount}-node file, incremental validator`,
    `${incrementalMs.toFixed(2)} ms (${(fullMs / incrementalMs).toFixed(1)}x faster, reused ${validator.lastParse})`,
  );
}

/**
 * Code frames on a 160,000-character line against frames on an 80-character line: the long line is sliced
 * around each range first, so the ratio stays near 1 rather than growing with the line's length.
 */
function benchmarkCodeFrames(): void {
  const frames = 1000;
  const longLine = `      depends_on: [${'a,'.repeat(80_000)}a]`;
  const shortLine = `      depends_on: [${'a,'.repeat(30)}a]`;

  const timeFrames = (line: string, stride: number): number => {
    const started = performance.now();
    for (let index = 0; index < frames; index += 1) {
      const column = 20 + ((index * stride) % (line.length - 25));
      renderCodeFrame([line], { line: 1, column, endLine: 1, endColumn: column + 1 });
    }
    return performance.now() - started;
  };

  timeFrames(shortLine, 2);
  const shortMs = timeFrames(shortLine, 2);
  const longMs = timeFrames(longLine, 160);
  report(`${frames} code frames, 80-char line`, `${shortMs.toFixed(1)} ms`);
  report(
    `${frames} code frames, 160,000-char line`,
    `${longMs.toFixed(1)} ms (${(longMs / shortMs).toFixed(1)}x)`,
  );
}

const directory = mkdtempSync(join(tmpdir(), 'wf-bench-'));
try {
  report('node', process.version);
  benchmarkFiles(directory);
  benchmarkLargeWorkflow();
  benchmarkKeystroke();
  benchmarkCodeFrames();
} finally {
  rmSync(directory, { recursive: true, force: true });
}
