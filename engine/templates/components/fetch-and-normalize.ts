/** Reads records from one source and normalises them: the first two steps of most ingestion workflows. */
export const fetchAndNormalize = `component:
  name: fetch_and_normalize
  summary: reads records from a source and normalises their fields
  description: >-
    Two nodes, \`fetch\` then \`normalize\`. Include it once per source; each inclusion gets its own
    prefix, so a workflow can read equities and futures side by side.
  parameters:
    source:
      type: enum
      values: [database, api, file, s3, kafka]
      description: the kind of system to read from
      default: api
    location:
      type: string
      description: the URL, table, path or topic to read, depending on the source
      required: true
    fields:
      type: list
      items: string
      description: the fields to keep, in order
      default: [symbol, price, timestamp]
  nodes:
    - name: fetch
      type: data_fetcher
      config:
        source: \${{ params.source }}
        path: \${{ params.location }}
    - name: normalize
      type: transform
      depends_on: [fetch]
      config:
        operation: normalize
        fields: \${{ params.fields }}
`;
