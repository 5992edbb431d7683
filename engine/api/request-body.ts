import type { OperationContext } from './operation.ts';
import { problemResponse } from './responses.ts';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads the body as text, rejecting one over `maxBodyBytes` with 413. The declared `Content-Length` is
 * checked first so an honest large upload is refused before it is read.
 */
export async function readBodyText(context: OperationContext): Promise<BodyResult<string>> {
  const limit = context.services.maxBodyBytes;
  const tooLarge = (): BodyResult<string> => ({
    ok: false,
    response: problemResponse('body-too-large', `the request body is larger than ${limit} bytes`, {
      instance: context.instance,
    }),
  });

  const declared = Number(context.request.headers.get('Content-Length') ?? '0');
  if (declared > limit) return tooLarge();

  const bytes = new Uint8Array(await context.request.arrayBuffer());
  if (bytes.length > limit) return tooLarge();
  return { ok: true, value: new TextDecoder().decode(bytes) };
}

/** Reads a JSON object body; anything else (bad JSON, an array, nothing) is a 422 without diagnostics. */
export async function readJsonObject(
  context: OperationContext,
): Promise<BodyResult<Record<string, unknown>>> {
  const text = await readBodyText(context);
  if (!text.ok) return text;

  const invalid = (detail: string): BodyResult<Record<string, unknown>> => ({
    ok: false,
    response: validationProblem(context, detail),
  });
  if (text.value.trim() === '') return invalid('missing request body; send a JSON object');

  let value: unknown;
  try {
    value = JSON.parse(text.value);
  } catch (error) {
    return invalid(`the request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid('the request body must be a JSON object');
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Rejects fields the operation does not define, so a misspelt optional field is not silently ignored. */
export function unknownField(body: Record<string, unknown>, known: readonly string[]): string | undefined {
  return Object.keys(body).find((field) => !known.includes(field));
}

export function validationProblem(context: OperationContext, detail: string): Response {
  return problemResponse('validation-failed', detail, { instance: context.instance, diagnostics: [] });
}

/** Describes a JSON value's type for messages: `null`, `array`, `string`... */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
