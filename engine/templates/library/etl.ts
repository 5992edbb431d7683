export const etl = `template:
  name: etl
  title: Extract, transform, load
  summary: reads records from a source, transforms them and writes them to a destination
  description: >-
    The classic three-step pipeline as an Airflow DAG: \`extract\` reads from a database, an API, a file
    or S3, \`transform\` applies one operation, and \`load\` writes the result. Use it for reference data,
    nightly snapshots and any copy job that needs a reshaping step.
  parameters:
    schedule:
      type: string
      description: when the pipeline runs, as cron or a preset such as \`@daily\`
      default: "@daily"
    source:
      type: enum
      values: [database, api, file, s3]
      description: the kind of system to read from
      default: database
    query:
      type: string
      description: the query or path that selects the records to read
      required: true
    operation:
      type: enum
      values: [map, filter, aggregate, deduplicate, normalize]
      description: what the transform step does
      default: normalize
    destination:
      type: enum
      values: [database, s3, file]
      description: the kind of system to write to
      default: s3
    target:
      type: string
      description: the table, bucket or path to write to
      required: true
  example:
    query: select * from instruments
    target: reference-data
workflow:
  type: airflow
  schedule: \${{ params.schedule }}
  nodes:
    - name: extract
      type: data_fetcher
      config:
        source: \${{ params.source }}
        query: \${{ params.query }}
    - name: transform
      type: transform
      config:
        operation: \${{ params.operation }}
    - name: load
      type: data_saver
      config:
        destination: \${{ params.destination }}
        path: \${{ params.target }}
`;
