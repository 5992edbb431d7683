import { type Diagnostic, validateWorkflow } from '../workflow/index.ts';
import { limits } from '../workflow/limits.ts';
import type { InputFile } from './files/expand-file-arguments.ts';
import { readWorkflowFile } from './files/read-workflow-file.ts';

export interface ValidationRun {
  /** Diagnostics of all files, in file order, each file's sorted by position. */
  diagnostics: Diagnostic[];
  /** Source text by display path, kept only when `keepSources` is set (the pretty format needs it for frames). */
  sources: Map<string, string>;
  /** Files that were validated, including files reported as too large without being read. */
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
    if (!read.ok && read.tooLargeBytes !== undefined) {
      run.filesChecked += 1;
      run.diagnostics.push(fileTooLarge(file.displayPath, read.tooLargeBytes));
      continue;
    }
    if (!read.ok) {
      run.problems.push(read.problem);
      continue;
    }

    const { diagnostics } = validateWorkflow(read.text, { file: file.displayPath });
    run.filesChecked += 1;
    if (keepSources) run.sources.set(file.displayPath, read.text);
    // One push per diagnostic: spreading a file's list into push() overflows the call stack past about 125,000
    for (const diagnostic of diagnostics.toSorted(comparePositions)) run.diagnostics.push(diagnostic);
  }

  return run;
}

/**
 * Reports a file too large to read as the engine reports a source over its length limit (WF601), so every
 * file over the limit gets the same code and exit status whatever its size. Only the message differs: it
 * counts bytes, because the file was not read.
 */
function fileTooLarge(file: string, bytes: number): Diagnostic {
  return {
    code: 'WF601',
    severity: 'error',
    message: `the file has ${bytes} bytes, more than the maximum of ${limits.maxSourceLength} characters`,
    hint: 'split the workflow into several files',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

function comparePositions(left: Diagnostic, right: Diagnostic): number {
  return left.line - right.line || left.column - right.column;
}
