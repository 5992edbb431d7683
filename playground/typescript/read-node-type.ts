import type ts from 'typescript';
import type { CustomConfigField, CustomFieldType, CustomNodeType } from './custom-node-type.ts';

type TypeScript = typeof ts;

function stringProperty(
  ts: TypeScript,
  literal: ts.ObjectLiteralExpression,
  name: string,
): string | undefined {
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || property.name.getText() !== name) continue;
    const value = property.initializer;
    return ts.isStringLiteralLike(value) ? value.text : undefined;
  }
  return undefined;
}

function configSchemaNode(ts: TypeScript, literal: ts.ObjectLiteralExpression): ts.Node | undefined {
  for (const property of literal.properties) {
    if (property.name?.getText() !== 'configSchema') continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}

function fieldType(
  ts: TypeScript,
  checker: ts.TypeChecker,
  type: ts.Type,
): Omit<CustomConfigField, 'name' | 'required'> {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  const every = (flags: ts.TypeFlags) => parts.length > 0 && parts.every((part) => part.flags & flags);

  if (every(ts.TypeFlags.StringLiteral)) {
    return { type: 'enum', values: parts.map((part) => (part as ts.StringLiteralType).value) };
  }
  const simple: [ts.TypeFlags, CustomFieldType][] = [
    [ts.TypeFlags.StringLike, 'string'],
    [ts.TypeFlags.NumberLike, 'number'],
    [ts.TypeFlags.BooleanLike, 'boolean'],
  ];
  for (const [flags, name] of simple) if (every(flags)) return { type: name };
  if (parts.length === 1 && parts[0] && checker.isArrayType(parts[0])) return { type: 'list' };
  return { type: 'unknown' };
}

/** Reads the fields of the type a zod object schema outputs, through zod's `_output` property. */
function configFields(
  ts: TypeScript,
  checker: ts.TypeChecker,
  schema: ts.Node,
): CustomConfigField[] | undefined {
  const outputSymbol = checker.getTypeAtLocation(schema).getProperty('_output');
  if (!outputSymbol) return undefined;

  const output = checker.getTypeOfSymbolAtLocation(outputSymbol, schema);
  return output.getProperties().map((property) => ({
    name: property.name,
    required: (property.flags & ts.SymbolFlags.Optional) === 0,
    ...fieldType(ts, checker, checker.getTypeOfSymbolAtLocation(property, schema)),
  }));
}

/**
 * Finds the first exported `const` whose value is an object literal with a string `name` and a
 * `configSchema`, and reads the node type it defines. The type checker, not a run of the code, gives the
 * config fields, so nothing the user writes is executed.
 */
export function readNodeType(
  ts: TypeScript,
  program: ts.Program,
  fileName: string,
): CustomNodeType | undefined {
  const file = program.getSourceFile(fileName);
  if (!file) return undefined;
  const checker = program.getTypeChecker();

  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;

    for (const declaration of statement.declarationList.declarations) {
      const literal = declaration.initializer;
      if (!literal || !ts.isObjectLiteralExpression(literal)) continue;
      const name = stringProperty(ts, literal, 'name');
      const schema = configSchemaNode(ts, literal);
      const fields = schema ? configFields(ts, checker, schema) : undefined;
      if (name === undefined || !fields) continue;

      return { name, summary: stringProperty(ts, literal, 'summary') ?? '', fields };
    }
  }
  return undefined;
}
