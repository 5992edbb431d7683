import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import type { Diagnostic } from '../../engine/workflow/index.ts';

/** Owner of the engine's markers on the model, so they replace each other and nothing else. */
export const markerOwner = 'workflow-engine';

/** Address of a code's entry on the error-code page, with the site's base path, for example `/reference/error-codes/#wf205`. */
export function errorCodeUrl(code: string, baseUrl: string, origin: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(`${base}reference/error-codes/#${code.toLowerCase()}`, origin).href;
}

/**
 * Turns the engine's diagnostics into Monaco markers with the same codes and ranges `wf validate` reports.
 * The hint follows the message on its own line, as the CLI's GitHub and SARIF formats write it.
 */
export function diagnosticMarkers(
  monaco: typeof Monaco,
  diagnostics: readonly Diagnostic[],
  docsUrl: (code: string) => string,
  modelUri: Monaco.Uri,
): Monaco.editor.IMarkerData[] {
  const severities = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };

  return diagnostics.map((diagnostic) => ({
    severity: severities[diagnostic.severity],
    message:
      diagnostic.hint === undefined ? diagnostic.message : `${diagnostic.message}\nhint: ${diagnostic.hint}`,
    code: { value: diagnostic.code, target: monaco.Uri.parse(docsUrl(diagnostic.code)) },
    source: 'wf validate',
    startLineNumber: diagnostic.line,
    startColumn: diagnostic.column,
    endLineNumber: diagnostic.endLine,
    endColumn: diagnostic.endColumn,
    ...(diagnostic.related
      ? {
          relatedInformation: diagnostic.related.map((related) => ({
            // The playground has one file, so every related place is in the edited model.
            resource: modelUri,
            message: related.message,
            startLineNumber: related.line,
            startColumn: related.column,
            endLineNumber: related.line,
            endColumn: related.column,
          })),
        }
      : {}),
  }));
}
