import type { ParameterDeclaration } from '../templates/index.ts';

/** The `TemplateParameter` schema of the contract. */
export interface ParameterView {
  name: string;
  type: ParameterDeclaration['type'];
  description: string;
  required: boolean;
  default?: unknown;
  values?: (string | number | boolean)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: 'string' | 'number' | 'boolean';
}

/** Describes a template parameter for API clients: the declaration without its position in the file. */
export function viewParameter(declaration: ParameterDeclaration): ParameterView {
  const { path: _path, name, type, description, required, ...constraints } = declaration;
  return { name, type, description, required, ...constraints };
}
