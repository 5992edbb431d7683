import { type Diagnostic, validateWorkflow } from '../workflow/index.ts';
import type { InputFile } from './files/expand-file-arguments.ts';
import { readWorkflowFile } from './files/read-workflow-file.ts';

export interface ValidationRun {
  /** Diagnostics of all files, in file order, each file's sorted by position. */
  diagnostics: Diagnostic[];
  /** Source text by display path, kept only when `keepSources` is set (the pretty format needs it for frames). */
  sources: Map<string, string>;
  /** Files that were read and validated. */
  filesChecked: number;
  /** One sentence per file that could not be read. */
  problems: string[];
}

/**
 * Reads and validates files one after another in this process. Sequential on purpose: validation is CPU-bound
 * and single-threaded, so workers would add start-up cost on small runs for little gain on large ones.
 */
export function validateFiles(files: readonly InputFile[], keepSources: boolean): ValidationRun {
  const run: ValidationRun = { diagnostics: [], sources: new Map(), filesChecked: 0, problems: [] };

  for (const file of files) {
    const read = readWorkflowFile(file.path, file.displayPath);
    if (!read.ok) {
      run.problems.push(read.problem);
      continue;
    }

    const { diagnostics } = validateWorkflow(read.text, { file: file.displayPath });
    run.filesChecked += 1;
    if (keepSources) run.sources.set(file.displayPath, read.text);
    run.diagnostics.push(...diagnostics.toSorted(comparePositions));
  }

  return run;
}

function comparePositions(left: Diagnostic, right: Diagnostic): number {
  return left.line - right.line || left.column - right.column;
}
