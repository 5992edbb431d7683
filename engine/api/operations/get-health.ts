import type { OperationContext } from '../operation.ts';
import { jsonResponse } from '../responses.ts';

/** The API version, as `info.version` of the contract states it. */
export const API_VERSION = '1.0.0';

/** `GET /health`: public; reports the credential mode so a client can tell demo keys will work. */
export function getHealth(context: OperationContext): Response {
  return jsonResponse({ status: 'ok', version: API_VERSION, mode: context.services.mode });
}
