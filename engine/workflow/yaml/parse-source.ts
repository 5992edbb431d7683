import type { CST, YAMLError } from 'yaml';
import { Composer, Document, isMap, LineCounter, Parser, YAMLParseError } from 'yaml';
import type { Finding } from '../finding.ts';
import { scanAliases } from './aliases.ts';
import { checkMappingKeys } from './mapping-keys.ts';
import { checkMergeSources } from './merge-sources.ts';
import { findExcessiveNesting } from './nesting-depth.ts';
import { findUnquotedAliasValues } from './unquoted-alias-value.ts';
import { findingFromYamlError } from './yaml-errors.ts';

/** A text split into the `yaml` library's tokens, with the offset of each line. */
export interface SourceTokens {
  source: string;
  tokens: readonly CST.Token[];
  lineCounter: LineCounter;
}

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

/**
 * Composes the first document of a token stream as `parseDocument` of `yaml` 2 does, and reports a second
 * document as an error. The tokens come from the caller so that they are checked before composition.
 */
function composeDocument(tokens: readonly CST.Token[], sourceLength: number): Document.Parsed {
  const composer = new Composer({
    uniqueKeys: true,
    merge: true,
    // 'error' keeps the parser off the console; 'silent' would also drop the MULTIPLE_DOCS error.
    logLevel: 'error',
  });

  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, sourceLength)) {
    if (!doc) {
      doc = next;
      continue;
    }
    const range: [number, number] = [next.range[0], next.range[1]];
    doc.errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', 'Source contains multiple documents'));
    break;
  }

  // `compose` with `forceDoc` always yields a document, an empty one for an empty source.
  return doc as Document.Parsed;
}

/** Maps the parser's errors and warnings to findings, one finding per unquoted value that starts with `*`. */
function yamlFindings(doc: Document.Parsed, lineCounter: LineCounter, source: string): Finding[] {
  const problems = [...doc.errors, ...doc.warnings];
  const unquoted = findUnquotedAliasValues(source, problems);

  // A tab in the indentation confuses the parser about the rest of its line; the tab is the one cause.
  const lineOf = (problem: YAMLError) => lineCounter.linePos(problem.pos[0]).line;
  const tabLines = new Set(problems.filter((problem) => problem.code === 'TAB_AS_INDENT').map(lineOf));
  const rest = problems.filter(
    (problem) =>
      !unquoted.handled.has(problem) && (problem.code === 'TAB_AS_INDENT' || !tabLines.has(lineOf(problem))),
  );

  return [...unquoted.findings, ...rest.map((problem) => findingFromYamlError(problem, source, doc))];
}

/** Lexes and parses `source` into tokens; `composeTokens` builds the document from them. */
export function tokenizeSource(source: string): SourceTokens {
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(source)];
  return { source, tokens, lineCounter };
}

/** Parses one YAML document with positions and turns every YAML-level problem into a finding. */
export function parseSource(source: string): ParsedSource {
  return composeTokens(tokenizeSource(source));
}

/** Builds the document of a token stream and turns every YAML-level problem into a finding. */
export function composeTokens({ source, tokens, lineCounter }: SourceTokens): ParsedSource {
  const tooDeep = findExcessiveNesting(tokens);
  if (tooDeep) {
    // The document is not composed, because `yaml` composes collections recursively, one call per level.
    return { doc: new Document() as Document.Parsed, lineCounter, findings: [tooDeep] };
  }

  return readDocument(composeDocument(tokens, source.length), lineCounter, source);
}

/**
 * Checks a composed document (YAML errors, aliases, its root, merge keys, mapping keys) and converts it to
 * plain data when every check passes. `composeTokens` calls it, and so does an editor that changed
 * an earlier document in place instead of composing the text again.
 */
export function readDocument(doc: Document.Parsed, lineCounter: LineCounter, source: string): ParsedSource {
  if (doc.errors.length > 0 || doc.warnings.length > 0) {
    return { doc, lineCounter, findings: yamlFindings(doc, lineCounter, source) };
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

  // Both checks cover what would make the conversion below throw or lose a value without a position.
  const structure = [...checkMergeSources(doc, source), ...checkMappingKeys(doc, source)];
  if (structure.length > 0) return { doc, lineCounter, findings: structure };

  // scanAliases has bounded the expansion and reported it with a position, so toJS need not count aliases.
  const data = doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown>;
  return { doc, lineCounter, findings: [], data };
}
