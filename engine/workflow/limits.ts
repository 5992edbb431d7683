/**
 * Limits that keep validation fast and bounded on hostile input. The playground validates on every
 * keystroke and the API validates request bodies, so no input may make the engine hang or exhaust memory.
 */
export const limits = {
  /** UTF-16 code units (about 1 MB of ASCII): a hand-written workflow of 2,000 nodes stays well below it. */
  maxSourceLength: 1_000_000,
  /** Far more tasks than one Airflow DAG or LangGraph graph contains in practice, but still cheap to check. */
  maxNodes: 2_000,
  /** Collections inside collections; a workflow needs about eight levels, config values included. */
  maxDepth: 64,
  /** Nodes that aliases add when the document is expanded; a billion-laughs file reaches millions. */
  maxAliasExpansion: 100_000,
  /**
   * Diagnostics reported for one file; WF602 counts the rest. A list of 1,000 problems is already more
   * than anyone reads, and a generated file can produce hundreds of thousands.
   */
  maxDiagnostics: 1_000,
} as const;
