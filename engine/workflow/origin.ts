import type { PathSegment } from './finding.ts';
import type { SourceFile } from './source-file.ts';

/** A place in a source file, with the words a `related` entry uses for it. */
export interface Place {
  source: SourceFile;
  path: PathSegment[];
  note: string;
}

/**
 * Where each value of an expanded document was written. A workflow instantiated from a template or with
 * included components is built from several files, and a problem found in it must point at the text that
 * produced the value: the user's parameter value, the template's line or the component's node.
 * `via` lists the places that brought the value in, such as the `template:` line or an `include:` item.
 */
export interface Origin extends Place {
  via: Place[];
  children: Map<string, Origin>;
}

export function createOrigin(place: Place, via: readonly Place[] = []): Origin {
  return { ...place, via: [...via], children: new Map() };
}

/** Maps every path of a document onto itself: the origin of a file that uses no template or component. */
export function identityOrigin(source: SourceFile): Origin {
  return createOrigin({ source, path: [], note: `\`${source.file}\`` });
}

/**
 * Finds where the value at `path` was written. Below the deepest recorded origin the value was copied as it
 * stands, so the rest of the path is appended to that origin's path.
 */
export function originAt(root: Origin, path: readonly PathSegment[]): { place: Place; via: Place[] } {
  let current = root;
  let consumed = 0;

  for (const segment of path) {
    const child = current.children.get(String(segment));
    if (!child) break;

    current = child;
    consumed += 1;
  }

  return {
    place: { source: current.source, path: [...current.path, ...path.slice(consumed)], note: current.note },
    via: current.via,
  };
}
