import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticRule, RelatedLocation, Severity } from '../../workflow/index.ts';
import { docsLink } from './docs-link.ts';
import { indentJson } from './json.ts';

const sarifSchema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const srcRootId = '%SRCROOT%';

const levelBySeverity: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export interface SarifOptions {
  rules: readonly DiagnosticRule[];
  toolVersion: string;
  /** Base URL of the docs site for `helpUri`; without it the rule links are site-relative paths. */
  docsBaseUrl?: string;
  /** Absolute path of the folder that relative diagnostic files are relative to (the working directory). */
  srcRoot: string;
}

/**
 * Formats diagnostics as a SARIF 2.1.0 log with one run, for code-scanning services. Every registered rule is
 * listed in `tool.driver.rules`, and results point to it by `ruleId` and `ruleIndex`. Relative file paths
 * become URIs against `%SRCROOT%`. Columns stay in UTF-16 code units, which is SARIF's default `columnKind`.
 */
export function formatSarif(diagnostics: Iterable<Diagnostic>, options: SarifOptions): string {
  return Array.from(sarifChunks(diagnostics, options)).join('');
}

/**
 * Yields the text of {@link formatSarif} one result at a time, so that a run with millions of diagnostics is
 * written out without building one string past V8's maximum string length.
 */
export function* sarifChunks(diagnostics: Iterable<Diagnostic>, options: SarifOptions): Generator<string> {
  const ruleIndexByCode = new Map(options.rules.map((rule, index) => [rule.code, index]));
  const emptyResults = '"results": []';
  const skeleton = `${JSON.stringify(sarifLog(options), null, 2)}\n`;
  // `results` is the last property of the run, and a key with unescaped quotes cannot occur inside a string
  const resultsAt = skeleton.lastIndexOf(emptyResults);
  let empty = true;

  for (const diagnostic of diagnostics) {
    const head = empty ? `${skeleton.slice(0, resultsAt)}"results": [\n` : ',\n';
    yield `${head}${indentJson(toResult(diagnostic, ruleIndexByCode), '        ')}`;
    empty = false;
  }

  const tail = skeleton.slice(resultsAt + emptyResults.length);
  yield empty ? skeleton : `\n      ]${tail}`;
}

/** Builds the SARIF log with an empty `results` list, which {@link sarifChunks} fills in as it writes. */
function sarifLog(options: SarifOptions) {
  const srcRootUri = pathToFileURL(options.srcRoot).href;

  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wf',
            version: options.toolVersion,
            rules: options.rules.map((rule) => ({
              id: rule.code,
              name: rule.name,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.description },
              helpUri: docsLink(rule.code, options.docsBaseUrl),
              defaultConfiguration: { level: levelBySeverity[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: {
          [srcRootId]: { uri: srcRootUri.endsWith('/') ? srcRootUri : `${srcRootUri}/` },
        },
        columnKind: 'utf16CodeUnits',
        results: [],
      },
    ],
  };
}

function toResult(diagnostic: Diagnostic, ruleIndexByCode: ReadonlyMap<string, number>) {
  const ruleIndex = ruleIndexByCode.get(diagnostic.code);
  const text =
    diagnostic.hint === undefined ? diagnostic.message : `${diagnostic.message}\nhint: ${diagnostic.hint}`;

  return {
    ruleId: diagnostic.code,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: levelBySeverity[diagnostic.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(diagnostic.file),
          region: {
            startLine: diagnostic.line,
            startColumn: diagnostic.column,
            endLine: diagnostic.endLine,
            endColumn: diagnostic.endColumn,
          },
        },
      },
    ],
    ...(diagnostic.related === undefined || diagnostic.related.length === 0
      ? {}
      : { relatedLocations: diagnostic.related.map(toRelatedLocation) }),
  };
}

function toRelatedLocation(related: RelatedLocation, index: number) {
  return {
    id: index,
    message: { text: related.message },
    physicalLocation: {
      artifactLocation: artifactLocation(related.file),
      region: { startLine: related.line, startColumn: related.column },
    },
  };
}

/** Turns a diagnostic's file into a SARIF artifact location: relative paths keep `/` and percent-encode the rest. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };

  const uri = file.replaceAll('\\', '/').split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: srcRootId };
}
