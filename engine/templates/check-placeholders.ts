import type { Finding, PathSegment } from '../workflow/finding.ts';
import { quoteValue } from '../workflow/schema/describe-value.ts';
import type { SourceFile } from '../workflow/source-file.ts';
import { didYouMean } from '../workflow/suggest.ts';
import { scanPlaceholders } from './placeholders.ts';

function walkStrings(
  value: unknown,
  path: PathSegment[],
  visit: (text: string, path: PathSegment[]) => void,
) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => walkStrings(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}

/**
 * Reports placeholders in a template or component body that name no declared parameter (WF502) and text
 * that starts like a placeholder but is not one (WF508). `owner` names the template or component.
 */
export function checkPlaceholders(
  body: unknown,
  bodyPath: PathSegment[],
  declared: readonly string[],
  owner: string,
  source: SourceFile,
): Finding[] {
  const findings: Finding[] = [];
  const known = new Set(declared);

  walkStrings(body, bodyPath, (text, path) => {
    const scan = scanPlaceholders(text);
    const target = { path, at: 'value' as const, source };

    for (const use of scan.uses) {
      if (known.has(use.name)) continue;

      const hint = didYouMean(use.name, declared);
      findings.push({
        code: 'WF502',
        message: `unknown parameter \`${use.name}\` in placeholder ${quoteValue(use.text)}, ${owner} declares no such parameter`,
        hint: hint ?? 'declare it under `parameters` or correct the name',
        target,
      });
    }
    for (const text of scan.malformed) {
      findings.push({
        code: 'WF508',
        message: `invalid placeholder ${quoteValue(text)}, expected \`\${{ params.NAME }}\``,
        target,
      });
    }
  });

  return findings;
}
