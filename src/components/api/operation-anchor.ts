import type { ContractOperation } from './contract.ts';
import { REFERENCE_SLUG } from './reference-configuration.ts';

/**
 * The fragment of an operation's section in the reference, as Scalar 1.76 builds it: the document slug, the
 * first tag's slug, the method in capitals and the path (`platform-api/tag/runs/POST/workflows/trigger`).
 */
export function operationAnchor(operation: Pick<ContractOperation, 'tag' | 'method' | 'path'>): string {
  return `${REFERENCE_SLUG}/tag/${slug(operation.tag)}/${operation.method}${operation.path}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
