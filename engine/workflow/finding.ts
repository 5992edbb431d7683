import type { Place } from './origin.ts';
import type { SourceFile } from './source-file.ts';

/** A key or index on the way from the document root to a value, as in the parsed JavaScript data. */
export type PathSegment = string | number;

/**
 * Where a finding points. `key` marks the key of the value at `path` (unknown fields), `value` the value
 * itself, `parent` the key of the mapping that should have held a missing field, and `offsets` a span of
 * the source given directly as `[start, end)`.
 */
export type FindingTarget = (
  | { path: PathSegment[]; at: 'key' | 'value' | 'parent' }
  | { offsets: [number, number] }
) & {
  /**
   * The file the target is in, when a finding is already placed in one file of several (a template or a
   * component). Absent, the path is one of the document being validated, expanded from templates first.
   */
  source?: SourceFile;
  /** With `source`: the places that brought the target in, such as the `include:` item of a component. */
  via?: Place[];
  /**
   * True to point at the list item on the path when that item is an alias (`- *extract`) rather than at
   * the anchored text, for problems about a place of use such as a repeated node or dependency.
   */
  atUse?: boolean;
};

/** A problem before it has a file, a severity and a line: what checks and rules return. */
export interface Finding {
  code: string;
  message: string;
  hint?: string;
  target: FindingTarget;
  /** Other places that belong to the same problem, such as the first definition of a duplicate. */
  related?: { target: FindingTarget; message: string }[];
}
