import type { PathSegment } from '../workflow/finding.ts';
import type { Origin, Place } from '../workflow/origin.ts';
import { createOrigin } from '../workflow/origin.ts';
import { interpolate, scanPlaceholders } from './placeholders.ts';

/** The value a placeholder stands for, and where it was written when the user wrote it. */
export interface BoundValue {
  value: unknown;
  /** The user's value in the file that gave it; absent for a declared default. */
  place?: Place;
}

export interface Binding {
  /** The template or component name, for the notes of `related` entries. */
  owner: string;
  values: ReadonlyMap<string, BoundValue>;
}

/** Marks a value whose placeholder has no value: the key or list item is then left out. */
const absent = Symbol('absent');

interface Substituted {
  value: unknown;
  origin: Origin;
}

function childPlace(place: Place, segment: PathSegment): Place {
  return { ...place, path: [...place.path, segment] };
}

function substituteString(
  text: string,
  place: Place,
  via: Place[],
  binding: Binding,
): Substituted | typeof absent {
  const scan = scanPlaceholders(text);
  if (scan.uses.length === 0) return { value: text, origin: createOrigin(place, via) };

  const usedHere: Place = {
    ...place,
    note: `${scan.uses.map((use) => `\`${use.text}\``).join(', ')} in ${binding.owner} is used here`,
  };

  if (scan.whole !== undefined) {
    const bound = binding.values.get(scan.whole);
    if (!bound) return absent;
    // A whole-scalar placeholder takes the parameter's own type, so a number stays a number.
    const value = structuredClone(bound.value);
    return {
      value,
      origin: bound.place ? createOrigin(bound.place, [usedHere, ...via]) : createOrigin(place, via),
    };
  }

  const value = interpolate(text, (name) => binding.values.get(name)?.value);
  const userPlace = scan.uses.map((use) => binding.values.get(use.name)?.place).find((found) => found);
  return {
    value,
    origin: userPlace ? createOrigin(userPlace, [usedHere, ...via]) : createOrigin(place, via),
  };
}

/**
 * Replaces the placeholders in a template or component body with the bound values and records where
 * each resulting value was written. Placeholders that name no bound parameter are left to the checks in
 * `check-placeholders.ts`. As whole values they drop their key or list item, as optional parameters do.
 */
export function substitute(value: unknown, place: Place, via: Place[], binding: Binding): Substituted {
  const result = substituteValue(value, place, via, binding);
  return result === absent ? { value: null, origin: createOrigin(place, via) } : result;
}

function substituteValue(
  value: unknown,
  place: Place,
  via: Place[],
  binding: Binding,
): Substituted | typeof absent {
  if (typeof value === 'string') return substituteString(value, place, via, binding);

  if (Array.isArray(value)) {
    const origin = createOrigin(place, via);
    const items: unknown[] = [];
    value.forEach((item, index) => {
      const result = substituteValue(item, childPlace(place, index), via, binding);
      if (result === absent) return;

      origin.children.set(String(items.length), result.origin);
      items.push(result.value);
    });
    return { value: items, origin };
  }

  if (value !== null && typeof value === 'object') {
    const origin = createOrigin(place, via);
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) {
      const result = substituteValue(item, childPlace(place, key), via, binding);
      if (result === absent) continue;

      origin.children.set(key, result.origin);
      entries.push([key, result.value]);
    }
    return { value: Object.fromEntries(entries), origin };
  }

  return { value, origin: createOrigin(place, via) };
}
