import type { Document, LineCounter } from 'yaml';

/** A parsed YAML file with what is needed to turn a path in its data into a line and column. */
export interface SourceFile {
  /** The name diagnostics carry, such as `flows/eod.yaml` or `templates/etl.yaml`. */
  file: string;
  source: string;
  doc: Document;
  lineCounter: LineCounter;
}
