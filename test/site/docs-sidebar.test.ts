import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sidebarGroupFromFolder } from '../../scripts/docs-sidebar.ts';

function contentRootWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sidebar-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('sidebarGroupFromFolder', () => {
  test('orders pages by sidebar.order, then by title', () => {
    const root = contentRootWith({
      'guide/zeta.md': '---\ntitle: Zeta\n---\n',
      'guide/alpha.md': '---\ntitle: Alpha\n---\n',
      'guide/second.mdx': '---\ntitle: Second\nsidebar:\n  order: 2\n---\n',
      'guide/first.md': '---\ntitle: First\nsidebar:\n  order: 1\n---\n',
    });

    expect(sidebarGroupFromFolder('Guide', 'guide', root)).toEqual({
      label: 'Guide',
      items: [
        { slug: 'guide/first' },
        { slug: 'guide/second' },
        { slug: 'guide/alpha' },
        { slug: 'guide/zeta' },
      ],
    });
  });

  test('skips underscore files and other extensions', () => {
    const root = contentRootWith({
      'guide/_partial.md': '---\ntitle: Partial\n---\n',
      'guide/notes.txt': 'not a page',
      'guide/page.md': '---\ntitle: Page\n---\n',
    });

    expect(sidebarGroupFromFolder('Guide', 'guide', root).items).toEqual([{ slug: 'guide/page' }]);
  });

  test('maps index pages to the folder slug', () => {
    const root = contentRootWith({ 'guide/index.md': '---\ntitle: Guide\n---\n' });

    expect(sidebarGroupFromFolder('Guide', 'guide', root).items).toEqual([{ slug: 'guide' }]);
  });

  test('returns an empty group for a missing folder', () => {
    const root = contentRootWith({});

    expect(sidebarGroupFromFolder('Later', 'later', root)).toEqual({ label: 'Later', items: [] });
  });

  test('lists the real start folder', () => {
    expect(sidebarGroupFromFolder('Start here', 'start').items[0]).toEqual({ slug: 'start/getting-started' });
  });
});
