import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';
import { findDiagnosticRule } from './diagnostic-rules.ts';
import type { Finding } from './finding.ts';
import { limits } from './limits.ts';
import type { Workflow } from './model.ts';
import { rangeFromOffsets } from './position.ts';
import { workflowRules } from './rules/registry.ts';
import { checkDocument } from './schema/check-document.ts';
import { targetOffsets } from './yaml/locate.ts';
import { parseSource } from './yaml/parse-source.ts';

export interface ValidateOptions {
  /** The name diagnostics carry in `file`; `workflow.yaml` by default. */
  file?: string;
}

export interface ValidationResult {
  /** Sorted by line, column and code. */
  diagnostics: Diagnostic[];
  /** Present when the document has the shape of a workflow, even if graph or schedule rules failed. */
  workflow?: Workflow;
}

interface SourceContext {
  file: string;
  source: string;
  doc?: Document;
  lineCounter: LineCounter;
}

function toDiagnostic(finding: Finding, context: SourceContext): Diagnostic {
  const offsetsOf = (target: Finding['target']): [number, number] =>
    context.doc
      ? targetOffsets(context.doc, context.source, target)
      : 'offsets' in target
        ? target.offsets
        : [0, 0];

  const [start, untrimmedEnd] = offsetsOf(finding.target);
  // Block collections end after their last line break; a range that stops at the last character reads better.
  let end = untrimmedEnd;
  while (end > start + 1 && /\s/.test(context.source.charAt(end - 1))) end--;
  const related = finding.related?.map((entry) => {
    const position = context.lineCounter.linePos(offsetsOf(entry.target)[0]);
    return { file: context.file, line: position.line, column: position.col, message: entry.message };
  });

  return {
    code: finding.code,
    severity: findDiagnosticRule(finding.code)?.severity ?? 'error',
    message: finding.message,
    file: context.file,
    ...rangeFromOffsets(context.lineCounter, start, end),
    ...(finding.hint ? { hint: finding.hint } : {}),
    ...(related && related.length > 0 ? { related } : {}),
  };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}

/** Drops exact repeats, which appear when two nodes share one anchored config that has a problem. */
function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify([diagnostic.code, diagnostic.line, diagnostic.column, diagnostic.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function runRules(workflow: Workflow): Finding[] {
  return workflowRules.flatMap((rule) =>
    rule.check({ workflow }).map((finding) => ({ ...finding, code: rule.code })),
  );
}

function validateSource(source: string, file: string): ValidationResult {
  const parsed = parseSource(source);
  const context: SourceContext = { file, source, doc: parsed.doc, lineCounter: parsed.lineCounter };
  const finish = (findings: Finding[], workflow?: Workflow): ValidationResult => ({
    diagnostics: uniqueDiagnostics(findings.map((finding) => toDiagnostic(finding, context))).sort(
      compareDiagnostics,
    ),
    ...(workflow ? { workflow } : {}),
  });

  if (!parsed.data) return finish(parsed.findings);

  const checked = checkDocument(parsed.data);
  if (!checked.graph) return finish(checked.findings);

  return finish([...checked.findings, ...runRules(checked.graph)], checked.workflow);
}

function sourceTooLarge(source: string, file: string): ValidationResult {
  return {
    diagnostics: [
      {
        code: 'WF601',
        severity: 'error',
        message: `the file has ${source.length} characters, the maximum is ${limits.maxSourceLength}`,
        hint: 'split the workflow into several files',
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ],
  };
}

/**
 * Validates the text of a workflow file and returns every problem found as data. It does not throw, because
 * an unexpected failure inside the engine becomes a WF101 diagnostic, so callers always get a result.
 */
export function validateWorkflow(source: string, options: ValidateOptions = {}): ValidationResult {
  const file = options?.file ?? 'workflow.yaml';

  try {
    const text = typeof source === 'string' ? source : String(source);
    if (text.length > limits.maxSourceLength) return sourceTooLarge(text, file);

    return validateSource(text, file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        {
          code: 'WF101',
          severity: 'error',
          message: `the file could not be read: ${reason}`,
          file,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        },
      ],
    };
  }
}
