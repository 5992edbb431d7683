/** What a first visit shows: an end-of-day reconciliation that fetches two inputs, explains breaks and saves a report. */
export const defaultWorkflow = `workflow:
  id: eod_reconciliation
  type: airflow
  schedule: "30 18 * * 1-5"
  nodes:
    - name: extract_fills
      type: data_fetcher
      config:
        source: database
        connection: trades_db
        query: select * from fills where trade_date = current_date
    - name: extract_statement
      type: data_fetcher
      config:
        source: s3
        bucket: broker-statements
        prefix: daily/
    - name: explain_breaks
      type: llm_processor
      depends_on: [extract_fills, extract_statement]
      config:
        model: ollama
        model_name: llama3
        prompt: Explain each break between our fills and the broker statement
    - name: load_report
      type: data_saver
      depends_on: [explain_breaks]
      config:
        destination: s3
        bucket: eod-reports
        prefix: reconciliation/
        format: parquet
`;
