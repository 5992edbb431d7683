import type { CustomNodeType } from './custom-node-type.ts';

/** A request to type-check the text of the TypeScript tab. `seq` grows with every request. */
export interface CheckRequest {
  seq: number;
  source: string;
}

/** One compiler diagnostic, with 1-based lines and columns in UTF-16 code units and an exclusive end. */
export interface TypeDiagnostic {
  code: number;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CheckReply {
  seq: number;
  diagnostics: TypeDiagnostic[];
  /** The node type the text exports, when it has no errors and one could be read from it. */
  nodeType?: CustomNodeType;
}
