// NOTE: the engine's templates index does not export the value check, so this import reaches into the
// module. Exporting `checkParameterValue` from `engine/templates/index.ts` would remove it.
import { checkParameterValue } from '../../engine/templates/check-value.ts';
import type { ParameterDeclaration, TemplateDefinition } from '../../engine/templates/index.ts';

type FieldElement = HTMLInputElement | HTMLSelectElement;

interface Field {
  parameter: ParameterDeclaration;
  element: FieldElement;
  error: HTMLElement;
}

/** The value an empty field stands for: nothing written, so the template's default applies. */
const useDefault = '';

function fieldId(parameter: ParameterDeclaration): string {
  return `playground-parameter-${parameter.name}`;
}

function defaultLabel(parameter: ParameterDeclaration): string {
  if (parameter.required) return 'choose a value';
  return 'default' in parameter ? `default: ${formatValue(parameter, parameter.default)}` : 'no value';
}

function formatValue(parameter: ParameterDeclaration, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (parameter.type === 'list' && Array.isArray(value)) return value.join(', ');
  return String(value);
}

function selectElement(options: { value: string; label: string }[]): HTMLSelectElement {
  const select = document.createElement('select');
  for (const option of options) select.append(new Option(option.label, option.value));
  return select;
}

/** Creates the input of one parameter: the HTML control and constraints that match its type. */
function createControl(parameter: ParameterDeclaration): FieldElement {
  const blank = { value: useDefault, label: `(${defaultLabel(parameter)})` };

  if (parameter.type === 'enum') {
    // Option values are indexes, so enum values that are numbers or booleans keep their type.
    const values = (parameter.values ?? []).map((value, index) => ({
      value: String(index),
      label: String(value),
    }));
    return selectElement([blank, ...values]);
  }
  if (parameter.type === 'boolean') {
    return selectElement([blank, { value: 'true', label: 'true' }, { value: 'false', label: 'false' }]);
  }

  const input = document.createElement('input');
  input.placeholder = parameter.required ? '' : defaultLabel(parameter);
  if (parameter.type === 'number') {
    input.type = 'number';
    input.step = 'any';
    if (parameter.minimum !== undefined) input.min = String(parameter.minimum);
    if (parameter.maximum !== undefined) input.max = String(parameter.maximum);
    return input;
  }

  input.type = 'text';
  if (parameter.type === 'list') {
    input.placeholder = parameter.required
      ? 'comma-separated values'
      : `${defaultLabel(parameter)}; comma-separated`;
  }
  // HTML compiles `pattern` with the `v` flag, which rejects some patterns that the engine's `u` flag accepts,
  // such as a trailing `-` in a class. Those patterns are still checked and shown, but not as a native constraint.
  if (parameter.pattern && compilesForHtml(parameter.pattern)) input.pattern = parameter.pattern;
  return input;
}

function compilesForHtml(pattern: string): boolean {
  try {
    new RegExp(`^(?:${pattern})$`, 'v');
    return true;
  } catch {
    return false;
  }
}

function listItem(parameter: ParameterDeclaration, text: string): unknown {
  if (parameter.items === 'number' && text !== '' && Number.isFinite(Number(text))) return Number(text);
  if (parameter.items === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** Reads a field as the value to write into the file; `undefined` means "leave it out". */
function readField(field: Field): unknown {
  const { parameter, element } = field;
  const text = element.value.trim();
  if (text === useDefault) return undefined;

  switch (parameter.type) {
    case 'enum':
      return parameter.values?.[Number(text)];
    case 'boolean':
      return text === 'true';
    case 'number':
      // A number the engine would reject (too large, too small) is still written, so its marker appears.
      return Number.isFinite(Number(text)) ? Number(text) : text;
    case 'list':
      return text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((item) => listItem(parameter, item));
    case 'string':
      return element.value;
  }
}

function writeField(field: Field, value: unknown): void {
  const { parameter, element } = field;
  if (parameter.type === 'enum') {
    const index = (parameter.values ?? []).findIndex((candidate) => candidate === value);
    element.value = index < 0 ? useDefault : String(index);
    return;
  }
  element.value = formatValue(parameter, value);
}

/** Describes what is wrong with a field's value in the engine's words; `undefined` when the value fits. */
function fieldProblem(field: Field): string | undefined {
  const value = readField(field);
  if (value === undefined) return field.parameter.required ? 'a value is required' : undefined;

  const problem = checkParameterValue(field.parameter, value);
  return problem === undefined ? undefined : `expected ${problem}`;
}

/**
 * The form of a template's parameters: one labelled control per parameter, typed by the parameter's type,
 * with required fields marked and constraint errors shown under the field.
 */
export class ParameterForm {
  readonly #root: HTMLElement;
  #fields: Field[] = [];
  #template?: TemplateDefinition;
  /** Called with every value of the form after the user changes a field. */
  onChange: (values: Record<string, unknown>) => void = () => {};

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  get template(): TemplateDefinition | undefined {
    return this.#template;
  }

  /** Replaces the form with the fields of `template`, filled with `values`. */
  show(template: TemplateDefinition, values: Record<string, unknown>): void {
    this.#template = template;
    const heading = document.createElement('h3');
    heading.textContent = `Parameters of ${template.title}`;
    const description = document.createElement('p');
    description.className = 'playground-note';
    description.textContent = template.description;
    const form = document.createElement('form');
    form.noValidate = true;
    form.addEventListener('submit', (event) => event.preventDefault());

    this.#fields = template.parameters.map((parameter) => this.#createField(parameter, form));
    this.#root.replaceChildren(heading, description, form);
    this.#root.hidden = false;
    this.update(values);
  }

  hide(): void {
    // Writing `hidden` again restyles the page even when nothing changes, and this runs after every keystroke.
    if (this.#root.hidden && this.#template === undefined) return;
    this.#template = undefined;
    this.#fields = [];
    this.#root.replaceChildren();
    this.#root.hidden = true;
  }

  /** Fills the fields from the file's values, except the one the user is typing in. */
  update(values: Record<string, unknown>): void {
    for (const field of this.#fields) {
      if (field.element === document.activeElement) continue;
      writeField(field, values[field.parameter.name]);
      this.#check(field);
    }
  }

  /** Returns every field's value, with `undefined` for the fields left to their default. */
  values(): Record<string, unknown> {
    return Object.fromEntries(this.#fields.map((field) => [field.parameter.name, readField(field)]));
  }

  #createField(parameter: ParameterDeclaration, form: HTMLFormElement): Field {
    const row = document.createElement('div');
    row.className = 'playground-parameter';
    const label = document.createElement('label');
    label.htmlFor = fieldId(parameter);
    label.textContent = parameter.name;
    if (parameter.required) {
      const mark = document.createElement('span');
      mark.className = 'playground-required';
      mark.textContent = ' (required)';
      label.append(mark);
    }

    const element = createControl(parameter);
    element.id = fieldId(parameter);
    element.name = parameter.name;
    element.required = parameter.required;
    element.dataset.parameterType = parameter.type;
    const hint = document.createElement('small');
    hint.textContent = parameter.description;
    const error = document.createElement('p');
    error.className = 'playground-parameter-error';
    error.id = `${fieldId(parameter)}-error`;
    error.setAttribute('aria-live', 'polite');
    element.setAttribute('aria-describedby', error.id);

    const field = { parameter, element, error };
    element.addEventListener('input', () => {
      this.#check(field);
      this.onChange(this.values());
    });
    row.append(label, element, hint, error);
    form.append(row);
    return field;
  }

  #check(field: Field): void {
    const problem = fieldProblem(field);
    field.element.setCustomValidity(problem ?? '');
    field.element.setAttribute('aria-invalid', String(problem !== undefined));
    field.error.textContent = problem ?? '';
  }
}
