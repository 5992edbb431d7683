import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Compiles Python modules with `python3 -m py_compile` and returns its stderr, empty when all compile. */
export function compilePython(modules: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'wf-export-'));
  try {
    const files = Object.entries(modules).map(([name, text]) => {
      const file = join(folder, name);
      writeFileSync(file, text);
      return file;
    });
    const run = spawnSync('python3', ['-B', '-m', 'py_compile', ...files], { encoding: 'utf8' });
    return run.error ? String(run.error) : run.stderr;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Evaluates Python literals with `ast.literal_eval` and returns them as JSON text, one per line. */
export function evaluatePythonLiterals(literals: readonly string[]): string[] {
  const script =
    'import ast, json, sys\n' +
    'for line in sys.stdin.read().split("\\0")[:-1]:\n' +
    '    print(json.dumps(ast.literal_eval(line), ensure_ascii=True, allow_nan=True))\n';
  const run = spawnSync('python3', ['-c', script], {
    input: literals.map((literal) => `${literal}\0`).join(''),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return run.stdout.trimEnd().split('\n');
}
