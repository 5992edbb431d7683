import { type CatalogEntry, catalogEntryFromSource } from '../../engine/api/index.ts';

// The same example workflows that `wf serve` loads from disk, bundled as strings at build time.
const exampleFiles = import.meta.glob<string>('../../examples/workflows/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Builds the mock's catalog from every example workflow that validates, sorted by file name, each id once. */
export function browserCatalog(): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();

  for (const path of Object.keys(exampleFiles).sort()) {
    const entry = catalogEntryFromSource(exampleFiles[path] as string);
    if (entry === undefined || seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }
  return entries;
}
