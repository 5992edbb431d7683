import { expandDocument } from '../templates/expand-document.ts';
import type { Diagnostic } from './diagnostic.ts';
import { findDiagnosticRule } from './diagnostic-rules.ts';
import type { Finding, FindingTarget } from './finding.ts';
import { limits } from './limits.ts';
import type { Workflow } from './model.ts';
import type { Origin } from './origin.ts';
import { identityOrigin, originAt } from './origin.ts';
import { rangeFromOffsets } from './position.ts';
import { workflowRules } from './rules/registry.ts';
import { checkDocument } from './schema/check-document.ts';
import type { SourceFile } from './source-file.ts';
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

interface Placement {
  source: SourceFile;
  target: FindingTarget;
  /** The message of a `related` entry for this place, used when it is not the diagnostic's own position. */
  note: string;
}

/** Where a finding's target was written, followed by the places that brought it in (template, include). */
function placeTarget(target: FindingTarget, origin: Origin, user: SourceFile): Placement[] {
  if (target.source) {
    const via = (target.via ?? []).map((entry) => ({
      source: entry.source,
      target: { path: entry.path, at: 'value' as const },
      note: entry.note,
    }));
    return [{ source: target.source, target, note: '' }, ...via];
  }
  if ('offsets' in target) return [{ source: user, target, note: '' }];

  const { place, via } = originAt(origin, target.path);
  return [
    { source: place.source, target: { path: place.path, at: target.at }, note: place.note },
    ...via.map((entry) => ({
      source: entry.source,
      target: { path: entry.path, at: 'value' as const },
      note: entry.note,
    })),
  ];
}

function offsetsIn(placement: Placement): [number, number] {
  const { source, target } = placement;
  return targetOffsets(source.doc, source.source, target);
}

function relatedLocation(placement: Placement, message: string) {
  const position = placement.source.lineCounter.linePos(offsetsIn(placement)[0]);
  return { file: placement.source.file, line: position.line, column: position.col, message };
}

/**
 * Turns a finding into a diagnostic of the validated file. A value that came from a template or a library
 * component is reported at the first place in the user's own file that brought it in, and the template's
 * position goes into `related`.
 */
function toDiagnostic(finding: Finding, user: SourceFile, origin: Origin): Diagnostic {
  const chain = placeTarget(finding.target, origin, user);
  const ownIndex = chain.findIndex((placement) => placement.source === user);
  const own = chain[ownIndex] ?? { source: user, target: { offsets: [0, 0] as [number, number] }, note: '' };

  const [start, untrimmedEnd] = offsetsIn(own);
  // Block collections end after their last line break; a range that stops at the last character reads better.
  let end = untrimmedEnd;
  while (end > start + 1 && /\s/.test(user.source.charAt(end - 1))) end--;

  const related = [
    ...chain
      .filter((_, index) => index !== ownIndex)
      .map((placement) => relatedLocation(placement, placement.note)),
    ...(finding.related ?? []).map((entry) => {
      const [first] = placeTarget(entry.target, origin, user);
      return relatedLocation(first as Placement, entry.message);
    }),
  ];

  return {
    code: finding.code,
    severity: findDiagnosticRule(finding.code)?.severity ?? 'error',
    message: finding.message,
    file: user.file,
    ...rangeFromOffsets(user.lineCounter, start, end),
    ...(finding.hint ? { hint: finding.hint } : {}),
    ...(related.length > 0 ? { related } : {}),
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
  const user: SourceFile = { file, source, doc: parsed.doc, lineCounter: parsed.lineCounter };
  const finish = (findings: Finding[], origin: Origin, workflow?: Workflow): ValidationResult => ({
    diagnostics: uniqueDiagnostics(findings.map((finding) => toDiagnostic(finding, user, origin))).sort(
      compareDiagnostics,
    ),
    ...(workflow ? { workflow } : {}),
  });

  if (!parsed.data) return finish(parsed.findings, identityOrigin(user));

  const expanded = expandDocument(parsed.data, user);
  if (!expanded.data) return finish(expanded.findings, expanded.origin);

  const checked = checkDocument(expanded.data);
  const findings = [...expanded.findings, ...checked.findings];
  if (!checked.graph) return finish(findings, expanded.origin);

  return finish([...findings, ...runRules(checked.graph)], expanded.origin, checked.workflow);
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
