import type { MarkdownHeading } from 'astro';
import type { DiagnosticRule } from '../../engine/workflow/index.ts';

/** The areas of diagnostic codes: the first digit after `WF` names the area. */
const areas = [
  { digit: '1', slug: 'yaml', title: '1xx: YAML syntax' },
  { digit: '2', slug: 'schema', title: '2xx: schema' },
  { digit: '3', slug: 'graph', title: '3xx: graph' },
  { digit: '4', slug: 'schedule', title: '4xx: schedule' },
  { digit: '5', slug: 'templates', title: '5xx: templates' },
  { digit: '6', slug: 'limits', title: '6xx: limits' },
] as const;

export interface ErrorCodeSection {
  slug: string;
  title: string;
  rules: DiagnosticRule[];
}

/** Returns the anchor of a code on the error-code page, which diagnostics link to: `WF301` becomes `wf301`. */
export function errorCodeAnchor(code: string): string {
  return code.toLowerCase();
}

/**
 * Returns a code's heading text, such as `WF301 duplicate-node-name`, for the page and its table of contents.
 * It is one string because Astro 7.4's default `compressHTML: 'jsx'` drops the space in `{code} {name}`.
 */
export function errorCodeHeading(rule: Pick<DiagnosticRule, 'code' | 'name'>): string {
  return `${rule.code} ${rule.name}`;
}

/** Groups rules by area in code order; areas without a rule are left out. */
export function errorCodeSections(rules: readonly DiagnosticRule[]): ErrorCodeSection[] {
  const sorted = [...rules].sort((a, b) => a.code.localeCompare(b.code));
  const sections: ErrorCodeSection[] = [];

  for (const area of areas) {
    const inArea = sorted.filter((rule) => rule.code.slice(2, 3) === area.digit);
    if (inArea.length > 0) {
      sections.push({ slug: area.slug, title: area.title, rules: inArea });
    }
  }

  const unknown = sorted.filter((rule) => !areas.some((area) => rule.code.slice(2, 3) === area.digit));
  if (unknown.length > 0) {
    sections.push({ slug: 'other', title: 'Other codes', rules: unknown });
  }
  return sections;
}

/** Lists the headings the error-code page renders, for its table of contents. */
export function errorCodeHeadings(rules: readonly DiagnosticRule[]): MarkdownHeading[] {
  return errorCodeSections(rules).flatMap((section) => [
    { depth: 2, slug: section.slug, text: section.title },
    ...section.rules.map((rule) => ({
      depth: 3,
      slug: errorCodeAnchor(rule.code),
      text: errorCodeHeading(rule),
    })),
  ]);
}
