/**
 * Rewrites a cached SVG for one place on one page: Mermaid prefixes every element id, marker
 * reference and style selector with the id it was rendered under, so replacing that placeholder
 * gives each diagram on a page its own ids.
 */
export function replaceSvgId(svg: string, placeholderId: string, id: string): string {
  return svg.split(placeholderId).join(id);
}

/**
 * Marks the SVG as one labelled image for assistive technology. Mermaid gives the root element a
 * `graphics-document` role, which makes screen readers walk every shape and edge label.
 */
export function labelSvg(svg: string, label: string): string {
  const openingTag = /^<svg\b[^>]*>/.exec(svg);
  if (!openingTag) {
    throw new Error('mermaid output does not start with an `<svg>` element');
  }

  const attributes = openingTag[0]
    .replace(/\s(role|aria-roledescription|aria-labelledby|aria-describedby)="[^"]*"/g, '')
    .replace(/>$/, ` role="img" aria-label="${escapeAttribute(label)}">`);
  return attributes + svg.slice(openingTag[0].length);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Returns the text of a diagram's `accTitle:` line, Mermaid's syntax for naming a diagram, if there is one. */
export function accessibleTitle(code: string): string | undefined {
  const match = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(code);
  return match?.[1];
}
