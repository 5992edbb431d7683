import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * SVGs already rendered, on disk under `node_modules/.cache/portal-mermaid/`, so a rebuild only
 * starts Chromium when a diagram changed. The key covers everything that changes the SVG: the
 * source, the colour scheme's configuration and the Mermaid version.
 */
export class DiagramCache {
  readonly directory: string;

  constructor(directory: string = defaultCacheDirectory()) {
    this.directory = directory;
  }

  /** The cache key of one rendering: a SHA-256 hex digest. */
  static key(code: string, config: Record<string, unknown>, mermaidVersion: string): string {
    return createHash('sha256')
      .update(mermaidVersion)
      .update('\0')
      .update(JSON.stringify(config))
      .update('\0')
      .update(code)
      .digest('hex');
  }

  /** Reads the SVG stored under `key`; returns undefined when there is none. */
  async read(key: string): Promise<string | undefined> {
    try {
      return await readFile(this.#path(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
  }

  /** Stores `svg` under `key`; the rename makes a half-written entry impossible to read. */
  async write(key: string, svg: string): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const temporary = `${this.#path(key)}.${process.pid}.tmp`;
    await writeFile(temporary, svg, 'utf8');
    await rename(temporary, this.#path(key));
  }

  #path(key: string): string {
    return join(this.directory, `${key}.svg`);
  }
}

function defaultCacheDirectory(): string {
  const mermaidPackage = createRequire(import.meta.url).resolve('mermaid/package.json');
  const nodeModules = dirname(dirname(mermaidPackage));
  return join(nodeModules, '.cache', 'portal-mermaid');
}

/** Reads the installed Mermaid version, which is part of every cache key. */
export async function installedMermaidVersion(): Promise<string> {
  const path = createRequire(import.meta.url).resolve('mermaid/package.json');
  const { version } = JSON.parse(await readFile(path, 'utf8')) as { version: string };
  return version;
}
