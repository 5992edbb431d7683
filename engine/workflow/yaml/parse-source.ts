import type { Document } from 'yaml';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../finding.ts';
import { scanAliases } from './aliases.ts';
import { findingFromYamlError } from './yaml-errors.ts';

export interface ParsedSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  findings: Finding[];
  /** The document as plain data, present only when it parsed cleanly and its root is a mapping. */
  data?: Record<string, unknown>;
}

function describeRoot(contents: unknown): string {
  if (Array.isArray((contents as { items?: unknown }).items)) return 'a list';
  return `the scalar \`${String((contents as { source?: unknown }).source ?? '')}\``;
}

/** Parses one YAML document with positions and turns every YAML-level problem into a finding. */
export function parseSource(source: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    merge: true,
    // 'error' keeps the parser off the console; 'silent' would also drop the MULTIPLE_DOCS error.
    logLevel: 'error',
  });

  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    return {
      doc,
      lineCounter,
      findings: yamlProblems.map((error) => findingFromYamlError(error, source, doc)),
    };
  }

  const aliases = scanAliases(doc);
  if (!aliases.safe) return { doc, lineCounter, findings: aliases.findings };

  if (doc.contents === null || (doc.contents.range && doc.contents.range[0] === doc.contents.range[1])) {
    const finding: Finding = {
      code: 'WF106',
      message: 'the document is empty, expected a mapping with a `workflow` key',
      target: { offsets: [0, 0] },
    };
    return { doc, lineCounter, findings: [finding] };
  }

  if (!isMap(doc.contents)) {
    const range = doc.contents.range;
    const finding: Finding = {
      code: 'WF106',
      message: `the document is ${describeRoot(doc.contents)}, expected a mapping with a \`workflow\` key`,
      target: { offsets: [range[0], range[1]] },
    };
    return { doc, lineCounter, findings: [finding] };
  }

  // scanAliases has bounded the expansion and reported it with a position, so toJS need not count aliases.
  const data = doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown>;
  return { doc, lineCounter, findings: [], data };
}
