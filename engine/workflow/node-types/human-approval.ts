import { z } from 'zod';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const humanApproval: NodeTypeDefinition = {
  name: 'human_approval',
  summary: 'pauses the run until a person with one of the named roles approves or rejects it',
  description:
    'Waits for a reviewer, for example a compliance officer who checks an escalated surveillance alert. ' +
    '`approvers` lists the roles or groups allowed to decide, `instructions` is shown to them, and ' +
    '`on_timeout` says what happens when nobody decides within `timeout_hours`.',
  configSchema: z.strictObject({
    approvers: z.array(z.string().min(1)).min(1),
    instructions: z.string().min(1).optional(),
    timeout_hours: z.number().positive().max(720).optional(),
    on_timeout: z.enum(['reject', 'approve', 'escalate']).optional(),
  }),
  exampleConfig: {
    approvers: ['compliance'],
    instructions: 'Review the alert and its evidence',
    timeout_hours: 24,
    on_timeout: 'escalate',
  },
};
