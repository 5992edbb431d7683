import { quoteValue } from '../workflow/schema/describe-value.ts';
import { listOf } from '../workflow/suggest.ts';
import type { ParameterDeclaration } from './parameter.ts';

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} ${quoteValue(value)}`;
}

function checkScalar(type: 'string' | 'number' | 'boolean', value: unknown): string | undefined {
  if (type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
    return `a number, found ${kindOf(value)}`;
  }
  if (type === 'string' && typeof value !== 'string') return `a string, found ${kindOf(value)}`;
  if (type === 'boolean' && typeof value !== 'boolean')
    return `\`true\` or \`false\`, found ${kindOf(value)}`;
  return undefined;
}

/** Returns what was expected and found when `value` does not fit the declaration, or undefined when it does. */
export function checkParameterValue(declaration: ParameterDeclaration, value: unknown): string | undefined {
  switch (declaration.type) {
    case 'string': {
      const wrong = checkScalar('string', value);
      if (wrong) return wrong;
      if (declaration.pattern && !new RegExp(`^(?:${declaration.pattern})$`, 'u').test(value as string)) {
        return `a string matching \`${declaration.pattern}\`, found ${quoteValue(value)}`;
      }
      return undefined;
    }
    case 'number': {
      const wrong = checkScalar('number', value);
      if (wrong) return wrong;
      const number = value as number;
      if (declaration.minimum !== undefined && number < declaration.minimum) {
        return `at least ${declaration.minimum}, found ${quoteValue(number)}`;
      }
      if (declaration.maximum !== undefined && number > declaration.maximum) {
        return `at most ${declaration.maximum}, found ${quoteValue(number)}`;
      }
      return undefined;
    }
    case 'boolean':
      return checkScalar('boolean', value);
    case 'enum': {
      const allowed = declaration.values ?? [];
      if (allowed.some((candidate) => candidate === value)) return undefined;
      return `${listOf(allowed.map(String))}, found ${kindOf(value)}`;
    }
    case 'list': {
      if (!Array.isArray(value)) return `a list, found ${kindOf(value)}`;
      const itemType = declaration.items;
      for (const [index, item] of value.entries()) {
        const wrong = itemType
          ? checkScalar(itemType, item)
          : typeof item === 'object' && item !== null
            ? `a scalar, found ${kindOf(item)}`
            : undefined;
        if (wrong) return `a list whose item ${index + 1} is ${wrong.replace(/, found/, ' but is')}`;
      }
      return undefined;
    }
  }
}
