/**
 * A diagnostic is plain data: the wording lives in its message, the position in 1-based lines and
 * columns counted in UTF-16 code units (as editors count them), with an exclusive end.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Diagnostic {
  /** `WF` and three digits, for example `WF301`; the SARIF `ruleId` and the docs anchor. */
  code: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  hint?: string;
  related?: RelatedLocation[];
}
