export { templateCodes } from './codes.ts';
export type { ComponentDefinition, TemplateDefinition } from './definitions.ts';
export { templateInstanceYaml } from './instance-yaml.ts';
export {
  findTemplate,
  libraryComponents,
  libraryTemplates,
  templateFileName,
  templateSource,
} from './library.ts';
export type { ParameterDeclaration, ParameterType } from './parameter.ts';
