import type { Diagnostic } from '../../engine/workflow/index.ts';
import type { CustomNodeType } from '../typescript/custom-node-type.ts';

/** Returns the text a diagnostic's range covers, on its first line, without YAML quotes. */
function rangeText(source: string, diagnostic: Diagnostic): string {
  const line = source.split('\n')[diagnostic.line - 1] ?? '';
  const end = diagnostic.endLine === diagnostic.line ? diagnostic.endColumn - 1 : line.length;
  return line
    .slice(diagnostic.column - 1, end)
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * Turns the "unknown node type" error of a node whose type is defined in the TypeScript tab into an info
 * note. NOTE: `validateWorkflow` takes no extra node types, so the engine cannot check such a node's
 * `config`. An option on `ValidateOptions` that adds node types to the registry would check it and remove this.
 */
export function acceptCustomNodeTypes(
  diagnostics: Diagnostic[],
  source: string,
  customNodeTypes: readonly CustomNodeType[],
): Diagnostic[] {
  if (customNodeTypes.length === 0) return diagnostics;
  const names = new Set(customNodeTypes.map((nodeType) => nodeType.name));

  return diagnostics.map((diagnostic) => {
    if (diagnostic.code !== 'WF205') return diagnostic;
    const type = rangeText(source, diagnostic);
    if (!names.has(type)) return diagnostic;

    const { hint: _hint, ...rest } = diagnostic;
    return {
      ...rest,
      severity: 'info',
      message: `node type \`${type}\` is the custom type of the TypeScript tab; the engine does not check its \`config\``,
      hint: 'register the type in the engine to have its config checked and the file pass `wf validate`',
    };
  });
}
