export const eodTradeReconciliation = `template:
  name: eod_trade_reconciliation
  title: End-of-day trade reconciliation
  summary: matches the day's internal fills against the broker statement and reports the breaks
  description: >-
    Fetches internal fills and the broker's statement in parallel, joins them on the trade keys, has a
    language model explain each break, stores the report and posts a notice through the
    \`notify_and_record\` component. It runs after the close on weekdays.
  parameters:
    schedule:
      type: string
      description: when the reconciliation runs, after the statement arrives
      default: "30 18 * * 1-5"
    fills_query:
      type: string
      description: the query that selects the day's internal fills
      default: select * from fills where trade_date = current_date
    statement_bucket:
      type: string
      description: the S3 bucket the broker drops its statement into
      required: true
    match_keys:
      type: list
      items: string
      description: the fields a fill and a statement line must share to match
      default: [trade_id, symbol, quantity, price]
    slack_channel:
      type: string
      pattern: "#[a-z0-9_-]+"
      description: the Slack channel that gets the summary
      default: "#eod-breaks"
  example:
    statement_bucket: broker-statements
workflow:
  type: airflow
  schedule: \${{ params.schedule }}
  nodes:
    - name: extract_fills
      type: data_fetcher
      config:
        source: database
        connection: trades_db
        query: \${{ params.fills_query }}
    - name: extract_statement
      type: data_fetcher
      config:
        source: s3
        bucket: \${{ params.statement_bucket }}
        format: csv
    - name: match_trades
      type: transform
      depends_on: [extract_fills, extract_statement]
      config:
        operation: join
        keys: \${{ params.match_keys }}
    - name: explain_breaks
      type: llm_processor
      depends_on: [match_trades]
      config:
        model: ollama
        prompt: Explain each unmatched trade in one sentence
        temperature: 0
    - include: notify_and_record
      as: report
      depends_on: [explain_breaks]
      with:
        table: reconciliation_breaks
        target: \${{ params.slack_channel }}
        message: end-of-day reconciliation finished
`;
