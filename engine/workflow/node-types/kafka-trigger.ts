import { z } from 'zod';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const kafkaTrigger: NodeTypeDefinition = {
  name: 'kafka_trigger',
  summary: 'starts a run for each batch of events read from a Kafka topic',
  description:
    'An event source: the run starts when records arrive on `topic`, read as the consumer group ' +
    '`consumer_group` so that several workers share the partitions. `start_from` says where a new group ' +
    'begins reading, and `max_batch_size` how many records one run receives at most.',
  configSchema: z.strictObject({
    topic: z.string().min(1),
    consumer_group: z.string().min(1),
    bootstrap_servers: z.string().min(1).optional(),
    start_from: z.enum(['latest', 'earliest']).optional(),
    max_batch_size: z.int().min(1).max(1_000_000).optional(),
  }),
  exampleConfig: { topic: 'trades.executions', consumer_group: 'surveillance', start_from: 'latest' },
};
