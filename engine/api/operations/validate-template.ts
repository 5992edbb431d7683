import { validateWorkflow } from '../../workflow/index.ts';
import type { OperationContext } from '../operation.ts';
import { jsonType, readBodyText, readJsonObject, unknownField, validationProblem } from '../request-body.ts';
import { jsonResponse } from '../responses.ts';

const FIELDS = ['yaml', 'file'] as const;
const DEFAULT_FILE = 'input.yaml';

/**
 * `POST /templates/validate`: validates a workflow or template file with the engine. The file comes either
 * as a JSON object `{yaml, file}` or as the raw body with `Content-Type: application/yaml` (RFC 9512). A
 * file with errors still gets 200, with `valid: false`.
 */
export async function validateTemplate(context: OperationContext): Promise<Response> {
  const file = isYamlBody(context.request) ? await readYamlBody(context) : await readJsonFile(context);
  if (file instanceof Response) return file;

  const { diagnostics } = validateWorkflow(file.yaml, { file: file.name });
  const valid = !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return jsonResponse({ valid, diagnostics });
}

interface FileToValidate {
  yaml: string;
  name: string;
}

function isYamlBody(request: Request): boolean {
  const mediaType = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/yaml';
}

async function readYamlBody(context: OperationContext): Promise<FileToValidate | Response> {
  const text = await readBodyText(context);
  if (!text.ok) return text.response;
  if (text.value.trim() === '') return validationProblem(context, 'missing request body; send the YAML file');
  return { yaml: text.value, name: DEFAULT_FILE };
}

async function readJsonFile(context: OperationContext): Promise<FileToValidate | Response> {
  const body = await readJsonObject(context);
  if (!body.ok) return body.response;

  const { yaml, file } = body.value;
  const extra = unknownField(body.value, FIELDS);
  if (extra !== undefined) {
    return validationProblem(
      context,
      `unknown field \`${extra}\` in the request body; expected \`yaml\` and \`file\``,
    );
  }
  if (typeof yaml !== 'string') {
    return validationProblem(
      context,
      yaml === undefined
        ? 'missing field `yaml` in the request body'
        : `field \`yaml\` must be a string, got ${jsonType(yaml)}`,
    );
  }
  if (file !== undefined && typeof file !== 'string') {
    return validationProblem(context, `field \`file\` must be a string, got ${jsonType(file)}`);
  }
  return { yaml, name: file ?? DEFAULT_FILE };
}
