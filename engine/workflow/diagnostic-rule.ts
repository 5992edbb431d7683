import type { Severity } from './diagnostic.ts';

/** One documented diagnostic code: the registry that the docs' error-code page and SARIF rules are built from. */
export interface DiagnosticRule {
  /** `WF` and three digits; stable once published. */
  code: string;
  /** Kebab-case rule name, for example `yaml-syntax`. */
  name: string;
  severity: Severity;
  /** One line, lowercase, no final period. */
  summary: string;
  /** A paragraph of Markdown. */
  description: string;
  /** A small workflow file that triggers this code. */
  example?: string;
}
