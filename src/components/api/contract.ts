import { parse } from 'yaml';
import contractSource from '../../../openapi/openapi.yaml?raw';

/** The slice of an OpenAPI 3.1 document that the reference and the endpoint table read. */
interface OpenApiDocument {
  servers?: { url: string; description?: string }[];
  tags?: { name: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  [field: string]: unknown;
}

interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  'x-required-role'?: string;
  'x-rate-limit'?: string;
}

/** One operation of the contract, as the endpoint table lists it. */
export interface ContractOperation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** The minimum role, or undefined for a public operation. */
  role: string | undefined;
  rateLimit: string;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The path of the mock's server in the contract, which the site serves below its base path. */
const MOCK_SERVER_PATH = '/mockapi';

function parseContract(): OpenApiDocument {
  return parse(contractSource) as OpenApiDocument;
}

/**
 * Returns the contract as the site serves it: the mock's server moved below the site's base path and listed first,
 * so that the reference sends its requests to the in-browser mock unless the reader picks another server.
 */
export function siteContract(basePath: string): OpenApiDocument {
  const document = parseContract();
  const servers = document.servers ?? [];
  const mock = servers.find((server) => server.url === MOCK_SERVER_PATH);
  if (mock === undefined) {
    throw new Error(
      `openapi/openapi.yaml lists no server \`${MOCK_SERVER_PATH}\`; the reference needs the mock's`,
    );
  }

  const others = servers.filter((server) => server !== mock);
  document.servers = [{ ...mock, url: `${basePath.replace(/\/+$/, '')}${MOCK_SERVER_PATH}` }, ...others];
  return document;
}

/** Lists every operation of the contract, in document order. */
export function contractOperations(): ContractOperation[] {
  const document = parseContract();
  const operations: ContractOperation[] = [];

  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      if (operation.operationId === undefined || operation['x-rate-limit'] === undefined) {
        throw new Error(
          `operation \`${method.toUpperCase()} ${path}\` lacks an \`operationId\` or \`x-rate-limit\``,
        );
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        summary: operation.summary ?? '',
        tag: operation.tags?.[0] ?? '',
        role: operation['x-required-role'],
        rateLimit: operation['x-rate-limit'],
      });
    }
  }
  return operations;
}
