import { z } from 'zod';
import type { NodeTypeDefinition } from './node-type-definition.ts';

export const dataSaver: NodeTypeDefinition = {
  name: 'data_saver',
  summary: 'writes records to a database, an S3 bucket, a file or an HTTP API',
  description:
    'Stores the output of a workflow, such as a reconciliation report or a risk snapshot. `destination` ' +
    'selects the kind of system and `mode` whether existing data is appended to, replaced or upserted.',
  configSchema: z.strictObject({
    destination: z.enum(['database', 's3', 'file', 'api']),
    connection: z.string().min(1).optional(),
    table: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    bucket: z.string().min(1).optional(),
    prefix: z.string().optional(),
    format: z.enum(['csv', 'json', 'parquet', 'avro']).optional(),
    mode: z.enum(['append', 'overwrite', 'upsert']).optional(),
  }),
  exampleConfig: { destination: 's3', bucket: 'eod-reports', prefix: 'reconciliation/', format: 'parquet' },
};
