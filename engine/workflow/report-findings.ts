import type { Diagnostic, RelatedLocation, Severity } from './diagnostic.ts';
import { findDiagnosticRule } from './diagnostic-rules.ts';
import type { Finding, FindingTarget, PathSegment } from './finding.ts';
import { limits } from './limits.ts';
import type { Origin } from './origin.ts';
import { originAt } from './origin.ts';
import { rangeFromOffsets } from './position.ts';
import type { SourceFile } from './source-file.ts';
import type { TargetSpan } from './yaml/locate.ts';
import { targetSpan } from './yaml/locate.ts';

interface Placement {
  source: SourceFile;
  target: FindingTarget;
  /** The message of a `related` entry for this place, used when it is not the diagnostic's own position. */
  note: string;
}

/** Where a finding's target was written, followed by the places that brought it in (template, include). */
function placeTarget(target: FindingTarget, origin: Origin, user: SourceFile): Placement[] {
  if (target.source) {
    const via = (target.via ?? []).map((entry) => ({
      source: entry.source,
      target: { path: entry.path, at: 'value' as const },
      note: entry.note,
    }));
    return [{ source: target.source, target, note: '' }, ...via];
  }
  if ('offsets' in target) return [{ source: user, target, note: '' }];

  const { place, via } = originAt(origin, target.path);
  return [
    {
      source: place.source,
      target: { path: place.path, at: target.at, ...(target.atUse ? { atUse: true } : {}) },
      note: place.note,
    },
    ...via.map((entry) => ({
      source: entry.source,
      target: { path: entry.path, at: 'value' as const },
      note: entry.note,
    })),
  ];
}

function spanIn(placement: Placement): TargetSpan {
  const { source, target } = placement;
  return targetSpan(source.doc, source.source, target);
}

function relatedLocation(placement: Placement, offset: number, message: string): RelatedLocation {
  const position = placement.source.lineCounter.linePos(offset);
  return { file: placement.source.file, line: position.line, column: position.col, message };
}

/** A finding placed in the validated file, before its lines, columns and related entries are worked out. */
interface Placed {
  finding: Finding;
  chain: Placement[];
  ownIndex: number;
  start: number;
  end: number;
  /** The span of the alias that brought the anchored text at `start` into the workflow, if any. */
  use?: [number, number];
  /** Other findings at the same anchored text, each reached through its own alias. */
  sharedWith: Placed[];
}

function place(finding: Finding, user: SourceFile, origin: Origin): Placed {
  const chain = placeTarget(finding.target, origin, user);
  const ownIndex = chain.findIndex((placement) => placement.source === user);
  const own = chain[ownIndex] ?? { source: user, target: { offsets: [0, 0] as [number, number] }, note: '' };
  const span = spanIn(own);

  const [start, untrimmedEnd] = span.offsets;
  // Block collections end after their last line break; a range that stops at the last character reads better.
  let end = untrimmedEnd;
  while (end > start + 1 && /\s/.test(user.source.charAt(end - 1))) end--;

  return { finding, chain, ownIndex, start, end, ...(span.use ? { use: span.use } : {}), sharedWith: [] };
}

function compareOrder(a: Placed, b: Placed): number {
  return (
    a.start - b.start ||
    a.finding.code.localeCompare(b.finding.code) ||
    a.finding.message.localeCompare(b.finding.message)
  );
}

function usePosition(placed: Placed): number {
  return placed.use?.[0] ?? placed.start;
}

/**
 * Drops exact repeats, and merges the findings at one anchored text that aliases brought into several
 * places, such as a mistake in a config shared by three nodes, into one finding whose `related` entries
 * point at each alias.
 */
function mergeRepeats(placed: Placed[]): Placed[] {
  const bySpot = new Map<string, Placed[]>();
  for (const entry of placed) {
    const spot = `${entry.finding.code} ${entry.start} ${entry.end}`;
    const group = bySpot.get(spot);
    if (group) group.push(entry);
    else bySpot.set(spot, [entry]);
  }

  const kept: Placed[] = [];
  for (const group of bySpot.values()) {
    if (group.length > 1) group.sort((a, b) => usePosition(a) - usePosition(b));

    const messages = new Set<string>();
    let first: Placed | undefined;
    for (const entry of group) {
      if (messages.has(entry.finding.message)) continue;
      messages.add(entry.finding.message);

      if (first && (first.use || entry.use)) {
        first.sharedWith.push(entry);
        continue;
      }
      first ??= entry;
      kept.push(entry);
    }
  }

  return kept;
}

function relatedOf(placed: Placed, user: SourceFile, origin: Origin): RelatedLocation[] {
  const { chain, ownIndex, finding } = placed;
  const userPlacement: Placement = { source: user, target: { offsets: [0, 0] }, note: '' };

  const related = chain
    .filter((_, index) => index !== ownIndex)
    .map((placement) => relatedLocation(placement, spanIn(placement).offsets[0], placement.note));

  for (const entry of finding.related ?? []) {
    const [first] = placeTarget(entry.target, origin, user) as [Placement];
    related.push(relatedLocation(first, spanIn(first).offsets[0], entry.message));
  }

  if (placed.sharedWith.length > 0 && placed.use) {
    related.push(relatedLocation(userPlacement, placed.use[0], 'reached through this alias'));
  }
  for (const other of placed.sharedWith) {
    related.push(relatedLocation(userPlacement, usePosition(other), 'reached through this alias'));
  }

  return related;
}

function toDiagnostic(placed: Placed, user: SourceFile, origin: Origin): Diagnostic {
  const { finding } = placed;
  const related = relatedOf(placed, user, origin);

  return {
    code: finding.code,
    severity: findDiagnosticRule(finding.code)?.severity ?? 'error',
    message: finding.message,
    file: user.file,
    ...rangeFromOffsets(user.lineCounter, placed.start, placed.end),
    ...(finding.hint ? { hint: finding.hint } : {}),
    ...(related.length > 0 ? { related } : {}),
  };
}

const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Builds the WF602 diagnostic that counts the diagnostics left out. It takes the most severe level among
 * them, so a tool that fails on errors fails on this file whether or not the cap was reached.
 */
function omittedNote(omitted: Placed[], user: SourceFile): Diagnostic {
  const first = omitted[0] as Placed;
  const severity = omitted
    .map((placed) => findDiagnosticRule(placed.finding.code)?.severity ?? 'error')
    .reduce((most, current) => (severityRank[current] > severityRank[most] ? current : most), 'info');
  const shown = limits.maxDiagnostics.toLocaleString('en-US');

  return {
    code: 'WF602',
    severity,
    message: `${omitted.length.toLocaleString('en-US')} more problems were found from here on and left out, a file gets at most ${shown} diagnostics`,
    hint: 'fix the problems reported above and validate again',
    file: user.file,
    ...rangeFromOffsets(user.lineCounter, first.start, first.start),
  };
}

/**
 * Turns findings into the diagnostics of the validated file, sorted by position, code and message. A value
 * that came from a template or a library component is reported at the first place in the user's own file
 * that brought it in, with the template's position in `related`. Only the first `limits.maxDiagnostics`
 * are built in full, followed by one WF602 diagnostic that counts the rest, so that a hostile file cannot
 * produce hundreds of thousands of them.
 */
export function reportFindings(findings: readonly Finding[], user: SourceFile, origin: Origin): Diagnostic[] {
  const placed = mergeRepeats(findings.map((finding) => place(finding, user, origin))).sort(compareOrder);
  const kept = placed.slice(0, limits.maxDiagnostics);
  const diagnostics = kept.map((entry) => toDiagnostic(entry, user, origin));

  const omitted = placed.slice(limits.maxDiagnostics);
  if (omitted.length > 0) diagnostics.push(omittedNote(omitted, user));

  return diagnostics;
}

/**
 * Returns the source text at a path of the expanded document, as its author wrote it, for messages that
 * quote a value or key: `1e400` rather than `Infinity`, `null` rather than an empty key.
 */
export function sourceTextAt(user: SourceFile, origin: Origin) {
  return (path: PathSegment[], at: 'key' | 'value'): string | undefined => {
    const [first] = placeTarget({ path, at }, origin, user);
    if (!first) return undefined;

    const [start, end] = spanIn(first).offsets;
    return start === end ? undefined : first.source.source.slice(start, end);
  };
}
