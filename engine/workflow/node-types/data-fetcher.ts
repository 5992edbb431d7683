import { z } from 'zod';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const dataFetcher: NodeTypeDefinition = {
  name: 'data_fetcher',
  summary: 'reads records from a database, an HTTP API, a file, an S3 bucket or a Kafka topic',
  description:
    'Fetches the input of a workflow: market data, trades, positions or reference data. `source` selects ' +
    'the kind of system; the other fields say where to read and are passed to the connector unchanged.',
  configSchema: z.strictObject({
    source: z.enum(['database', 'api', 'file', 's3', 'kafka']),
    connection: z.string().min(1).optional(),
    query: z.string().min(1).optional(),
    table: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    bucket: z.string().min(1).optional(),
    prefix: z.string().optional(),
    topic: z.string().min(1).optional(),
    format: z.enum(['csv', 'json', 'parquet', 'avro']).optional(),
    batch_size: z.int().min(1).max(1_000_000).optional(),
    timeout_seconds: z.number().positive().max(86_400).optional(),
  }),
  exampleConfig: { source: 'database', connection: 'trades_db', query: 'select * from fills' },
};
