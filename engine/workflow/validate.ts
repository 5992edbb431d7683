import type { Diagnostic } from './diagnostic.ts';
import type { Workflow } from './model.ts';

export interface ValidateOptions {
  file?: string;
}

export interface ValidationResult {
  diagnostics: Diagnostic[];
  workflow?: Workflow;
}

export function validateWorkflow(_source: string, _options: ValidateOptions = {}): ValidationResult {
  return { diagnostics: [] };
}
