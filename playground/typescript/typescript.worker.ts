/// <reference lib="webworker" />
import { createSystem, createVirtualTypeScriptEnvironment } from '@typescript/vfs';
import ts from 'typescript';
// The engine's own declaration of a node type, bundled from its source at build time, so the tab always
// checks against the interface the engine's registry uses.
import nodeTypeDefinition from '../../engine/workflow/node-types/node-type-definition.ts?raw';
import type { CheckReply, CheckRequest, TypeDiagnostic } from './protocol.ts';
import { readNodeType } from './read-node-type.ts';

// The standard library up to ES2022 without the DOM, and zod's declarations: what a node type may use.
const libraryFiles = import.meta.glob(
  [
    '/node_modules/typescript/lib/lib.{es5,decorators,decorators.legacy}.d.ts',
    '/node_modules/typescript/lib/lib.es201[5-9]*.d.ts',
    '/node_modules/typescript/lib/lib.es202[0-2]*.d.ts',
    '!**/*.full.d.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;
const zodFiles = import.meta.glob(
  [
    '/node_modules/zod/package.json',
    '/node_modules/zod/index.d.ts',
    '/node_modules/zod/v4/core/*.d.ts',
    '/node_modules/zod/v4/classic/*.d.ts',
    '/node_modules/zod/v4/locales/*.d.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

/** The file the tab's text is checked as. */
const fileName = '/node-type.ts';

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['es2022'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
};

function virtualFiles(source: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(libraryFiles)) files.set(`/${path.split('/').at(-1)}`, text);
  for (const [path, text] of Object.entries(zodFiles)) files.set(path, text);
  files.set('/node_modules/@portal/engine/index.d.ts', nodeTypeDefinition);
  files.set('/node_modules/@portal/engine/package.json', '{"name":"@portal/engine","types":"index.d.ts"}');
  files.set(fileName, source);
  return files;
}

let environment: ReturnType<typeof createVirtualTypeScriptEnvironment> | undefined;

function toDiagnostic(file: ts.SourceFile, diagnostic: ts.Diagnostic): TypeDiagnostic {
  const start = diagnostic.start ?? 0;
  const end = start + Math.max(diagnostic.length ?? 1, 1);
  const from = file.getLineAndCharacterOfPosition(start);
  const to = file.getLineAndCharacterOfPosition(Math.min(end, file.text.length));
  return {
    code: diagnostic.code,
    severity: diagnostic.category === ts.DiagnosticCategory.Error ? 'error' : 'warning',
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
  };
}

function check(request: CheckRequest): CheckReply {
  if (environment) environment.updateFile(fileName, request.source);
  else
    environment = createVirtualTypeScriptEnvironment(
      createSystem(virtualFiles(request.source)),
      [fileName],
      ts,
      compilerOptions,
    );

  const service = environment.languageService;
  const found = [...service.getSyntacticDiagnostics(fileName), ...service.getSemanticDiagnostics(fileName)];
  const program = service.getProgram();
  const file = program?.getSourceFile(fileName);
  if (!program || !file) return { seq: request.seq, diagnostics: [] };

  const diagnostics = found.map((diagnostic) => toDiagnostic(file, diagnostic));
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const nodeType = hasErrors ? undefined : readNodeType(ts, program, fileName);
  return { seq: request.seq, diagnostics, ...(nodeType ? { nodeType } : {}) };
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  self.postMessage(check(event.data));
};
