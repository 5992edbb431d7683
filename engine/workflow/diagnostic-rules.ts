import type { DiagnosticRule } from './diagnostic-rule.ts';

export const diagnosticRules: readonly DiagnosticRule[] = [];
