export const dataProcessing = `template:
  name: data_processing
  title: Data processing
  summary: fetches two data sets in parallel, joins and aggregates them, and stores the result
  description: >-
    Two fetches run side by side and a \`join\` waits for both, followed by an aggregation. Use it to
    combine positions with prices, or fills with reference data, before a report.
  parameters:
    schedule:
      type: string
      description: when the job runs, as cron or a preset
      default: "0 6 * * 1-5"
    left_table:
      type: string
      description: the table of the first data set
      required: true
    right_table:
      type: string
      description: the table of the second data set
      required: true
    join_keys:
      type: list
      items: string
      description: the fields that match records of the two data sets
      default: [account, symbol]
    group_by:
      type: list
      items: string
      description: the fields the joined records are aggregated by
      default: [account]
    output_table:
      type: string
      description: the table the aggregated result is written to
      required: true
  example:
    left_table: positions
    right_table: prices
    output_table: account_exposure
workflow:
  type: airflow
  schedule: \${{ params.schedule }}
  nodes:
    - name: fetch_left
      type: data_fetcher
      config: { source: database, table: "\${{ params.left_table }}" }
    - name: fetch_right
      type: data_fetcher
      config: { source: database, table: "\${{ params.right_table }}" }
    - name: join
      type: transform
      depends_on: [fetch_left, fetch_right]
      config:
        operation: join
        keys: \${{ params.join_keys }}
    - name: aggregate
      type: transform
      depends_on: [join]
      config:
        operation: aggregate
        group_by: \${{ params.group_by }}
    - name: store
      type: data_saver
      depends_on: [aggregate]
      config: { destination: database, table: "\${{ params.output_table }}", mode: overwrite }
`;
