import { expandDocument } from '../templates/document-expansion.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { Finding } from './finding.ts';
import { limits } from './limits.ts';
import type { Workflow } from './model.ts';
import type { NodeTypeDefinition } from './node-types/node-type-definition.ts';
import { nodeTypesWith } from './node-types/registry.ts';
import type { Origin } from './origin.ts';
import { identityOrigin } from './origin.ts';
import { reportFindings, sourceTextAt } from './report-findings.ts';
import { workflowRules } from './rules/registry.ts';
import { checkDocument } from './schema/document-check.ts';
import type { SourceFile } from './source-file.ts';
import type { ParsedSource } from './yaml/parse-source.ts';
import { parseSource } from './yaml/parse-source.ts';

export interface ValidateOptions {
  /** The name diagnostics carry in `file`; `workflow.yaml` by default. */
  file?: string;
  /**
   * Node types besides the registered ones, such as the one the playground's TypeScript tab defines. A
   * name that is registered already keeps its registered definition.
   */
  extraNodeTypes?: readonly NodeTypeDefinition[];
}

export interface ValidationResult {
  /**
   * Sorted by line, column and code: at most `limits.maxDiagnostics` of them, and then one WF602 that
   * counts the ones left out.
   */
  diagnostics: Diagnostic[];
  /** Present when the document has the shape of a workflow, even if graph or schedule rules failed. */
  workflow?: Workflow;
}

function runRules(workflow: Workflow): Finding[] {
  return workflowRules.flatMap((rule) =>
    rule.check({ workflow }).map((finding) => ({ ...finding, code: rule.code })),
  );
}

/** Turns the text of a file into a YAML document: `parseSource`, or a parse that reuses earlier work. */
export type ParseStep = (source: string) => ParsedSource;

function validateSource(
  source: string,
  file: string,
  parse: ParseStep,
  types: readonly NodeTypeDefinition[],
): ValidationResult {
  const parsed = parse(source);
  const user: SourceFile = { file, source, doc: parsed.doc, lineCounter: parsed.lineCounter };
  const finish = (findings: Finding[], origin: Origin, workflow?: Workflow): ValidationResult => ({
    diagnostics: reportFindings(findings, user, origin),
    ...(workflow ? { workflow } : {}),
  });

  if (!parsed.data) return finish(parsed.findings, identityOrigin(user));

  const expanded = expandDocument(parsed.data, user);
  if (!expanded.data) return finish(expanded.findings, expanded.origin);

  const checked = checkDocument(expanded.data, sourceTextAt(user, expanded.origin), types);
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
 * Drops a leading byte order mark. Editors do not show it as a character, so keeping it would put every
 * diagnostic on the first line one column to the right of where the editor shows it.
 */
function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Validates the text of a workflow file and returns every problem found as data. It does not throw, because
 * an unexpected failure inside the engine becomes a WF101 diagnostic, so callers always get a result.
 */
export function validateWorkflow(source: string, options: ValidateOptions = {}): ValidationResult {
  return validateWithParse(source, options, parseSource);
}

/** `validateWorkflow` with the parse step given, so that an editor can reuse the tokens of its last text. */
export function validateWithParse(
  source: string,
  options: ValidateOptions,
  parse: ParseStep,
): ValidationResult {
  let file = 'workflow.yaml';

  try {
    file = typeof options?.file === 'string' ? options.file : file;
    const text = withoutByteOrderMark(typeof source === 'string' ? source : String(source));
    if (text.length > limits.maxSourceLength) return sourceTooLarge(text, file);

    const types = nodeTypesWith(Array.isArray(options.extraNodeTypes) ? options.extraNodeTypes : []);
    return validateSource(text, file, parse, types);
  } catch {
    // The exception's own text describes the engine, not the file, so it stays out of the message.
    return {
      diagnostics: [
        {
          code: 'WF101',
          severity: 'error',
          message: 'the file could not be validated because of an internal error of the validator',
          hint: 'report this file to the maintainers of the workflow engine',
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
