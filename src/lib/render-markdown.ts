import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders a Markdown fragment from the engine's registries (a rule's or node type's description) to
 * HTML at build time. The fragments are short prose with inline code, so no syntax highlighting.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
  const { code } = await (await renderer).render(markdown);
  return code;
}
