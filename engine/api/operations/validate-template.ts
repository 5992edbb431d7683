import { validateWorkflow } from '../../workflow/index.ts';
import type { OperationContext } from '../operation.ts';
import { jsonType, readJsonObject, unknownField, validationProblem } from '../request-body.ts';
import { jsonResponse } from '../responses.ts';

const FIELDS = ['yaml', 'file'] as const;

/** `POST /templates/validate`: a file with errors still gets 200, with `valid: false`. */
export async function validateTemplate(context: OperationContext): Promise<Response> {
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

  const { diagnostics } = validateWorkflow(yaml, { file: file ?? 'input.yaml' });
  const valid = !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return jsonResponse({ valid, diagnostics });
}
