import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CatalogEntry, catalogEntryFromSource } from '../../api/catalog.ts';

/** The example workflows that ship with the project; `wf serve` offers them as its catalog. */
export const EXAMPLE_WORKFLOWS_DIRECTORY = fileURLToPath(
  new URL('../../../examples/workflows/', import.meta.url),
);

/**
 * Loads every `.yaml` file of `directory` as a catalog entry, sorted by file name. A file that is not a
 * valid workflow is reported in `skipped` and left out, so one broken example does not stop the server.
 */
export function loadCatalog(directory: string): { entries: CatalogEntry[]; skipped: string[] } {
  const entries: CatalogEntry[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();

  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  for (const name of files) {
    const entry = catalogEntryFromSource(readFileSync(join(directory, name), 'utf8'));
    if (entry === undefined || seen.has(entry.id)) {
      skipped.push(name);
      continue;
    }
    seen.add(entry.id);
    entries.push(entry);
  }
  return { entries, skipped };
}
