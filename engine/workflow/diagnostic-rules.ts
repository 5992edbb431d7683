import { templateCodes } from '../templates/codes.ts';
import type { DiagnosticRule } from './diagnostic-rule.ts';
import { documentCodes } from './document-codes.ts';
import { workflowRules } from './rules/registry.ts';

/** Every diagnostic code the engine can report, sorted by code. */
export const diagnosticRules: readonly DiagnosticRule[] = [
  ...documentCodes,
  ...templateCodes,
  ...workflowRules.map(({ code, name, severity, summary, description, example }) => ({
    code,
    name,
    severity,
    summary,
    description,
    example,
  })),
].sort((a, b) => a.code.localeCompare(b.code));

export function findDiagnosticRule(code: string): DiagnosticRule | undefined {
  return diagnosticRules.find((rule) => rule.code === code);
}
