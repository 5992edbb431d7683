/**
 * Builds a Starlight sidebar group from a folder of docs-content/.
 *
 * Starlight's own `autogenerate` finds pages by stripping `src/content/docs/` from each entry's file path, so
 * it finds nothing when pages are loaded from docs-content/. This lists the folder at config time instead and
 * orders pages as autogenerate would: by `sidebar.order` in the frontmatter, then by title.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type SidebarItem = { slug: string } | { label: string; link: string };

interface SidebarGroup {
  label: string;
  items: SidebarItem[];
}

interface PageInfo {
  slug: string;
  order: number;
  title: string;
}

const pageExtension = /\.mdx?$/;

export function sidebarGroupFromFolder(
  label: string,
  folder: string,
  contentRoot = 'docs-content',
): SidebarGroup {
  // A group whose folder does not exist yet stays empty rather than failing the whole build
  if (!existsSync(join(contentRoot, folder))) return { label, items: [] };

  const pages = readdirSync(join(contentRoot, folder))
    .filter((name) => pageExtension.test(name) && !name.startsWith('_'))
    .map((name) => readPageInfo(contentRoot, folder, name));

  pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return { label, items: pages.map(({ slug }) => ({ slug })) };
}

function readPageInfo(contentRoot: string, folder: string, name: string): PageInfo {
  const source = readFileSync(join(contentRoot, folder, name), 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const data = (parse(frontmatter) ?? {}) as { title?: unknown; sidebar?: { order?: unknown } };
  const basename = name.replace(pageExtension, '');

  return {
    slug: basename === 'index' ? folder : `${folder}/${basename}`,
    order: typeof data.sidebar?.order === 'number' ? data.sidebar.order : Number.MAX_SAFE_INTEGER,
    title: typeof data.title === 'string' ? data.title : basename,
  };
}

/** Appends links to pages that live outside docs-content/, such as Astro pages under src/pages/. */
export function withLinks(group: SidebarGroup, links: { label: string; link: string }[]): SidebarGroup {
  return { label: group.label, items: [...group.items, ...links] };
}
