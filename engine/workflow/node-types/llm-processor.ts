import { z } from 'zod';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const llmProcessor: NodeTypeDefinition = {
  name: 'llm_processor',
  summary: 'sends records to a language model and passes on its answer',
  description:
    'Runs a prompt over the output of the previous node, for example to summarise surveillance alerts. ' +
    '`model` selects the provider, `model_name` the model it serves, and `temperature` (0 to 2) how ' +
    'varied the answers are.',
  configSchema: z.strictObject({
    model: z.enum(['ollama', 'openai', 'anthropic']),
    model_name: z.string().min(1).optional(),
    prompt: z.string().min(1).optional(),
    system_prompt: z.string().min(1).optional(),
    temperature: z.number().min(0).max(2).optional(),
    max_tokens: z.int().min(1).max(1_000_000).optional(),
    timeout_seconds: z.number().positive().max(86_400).optional(),
  }),
  exampleConfig: {
    model: 'ollama',
    model_name: 'llama3',
    prompt: 'Summarise these alerts',
    temperature: 0.2,
  },
};
