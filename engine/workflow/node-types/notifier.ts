import { z } from 'zod';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const notifier: NodeTypeDefinition = {
  name: 'notifier',
  summary: 'sends a message to a Slack channel, an email address or a PagerDuty service',
  description:
    '`channel` selects the system and `target` the place in it: a Slack channel such as `#eod-breaks`, ' +
    'an email address, or the name of a PagerDuty service. `message` is the text to send and `severity` ' +
    'how urgent it is; PagerDuty opens an incident only for `critical`.',
  configSchema: z.strictObject({
    channel: z.enum(['slack', 'email', 'pagerduty']),
    target: z.string().min(1),
    message: z.string().min(1).optional(),
    severity: z.enum(['info', 'warning', 'critical']).optional(),
  }),
  exampleConfig: { channel: 'slack', target: '#eod-breaks', severity: 'warning' },
};
