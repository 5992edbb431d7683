import type { FindingTarget, PathSegment } from '../workflow/finding.ts';
import type { Origin, Place } from '../workflow/origin.ts';
import { createOrigin, originAt } from '../workflow/origin.ts';

/** The origin of the value at `segment` below `origin`, made from the parent's when none is recorded. */
export function childOrigin(origin: Origin, segment: PathSegment): Origin {
  const recorded = origin.children.get(String(segment));
  if (recorded) return recorded;

  const { place, via } = originAt(origin, [segment]);
  return createOrigin(place, via);
}

/** A finding target placed where the value at `rest` below `origin` was written, with how it got here. */
export function targetAt(origin: Origin, rest: PathSegment[], at: 'key' | 'value'): FindingTarget {
  const { place, via } = originAt(origin, rest);
  return { path: place.path, at, source: place.source, via };
}

/** The place of the value at `rest` below `origin`, with a new note. */
export function placeAt(origin: Origin, rest: PathSegment[], note: string): Place {
  const { place } = originAt(origin, rest);
  return { ...place, note };
}
