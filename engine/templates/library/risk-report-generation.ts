export const riskReportGeneration = `template:
  name: risk_report_generation
  title: Risk report generation
  summary: computes exposure from positions and market data and publishes a written risk report
  description: >-
    Fetches positions and end-of-day prices, aggregates exposure by the chosen dimensions, has a language
    model draft the commentary, and publishes the report to S3 and by email to the risk committee.
  parameters:
    schedule:
      type: string
      description: when the report is produced
      default: "0 7 * * 1-5"
    group_by:
      type: list
      items: string
      description: the dimensions exposure is aggregated by
      default: [desk, asset_class]
    recipients:
      type: string
      description: the email address the report is sent to
      required: true
    report_bucket:
      type: string
      description: the S3 bucket reports are published to
      default: risk-reports
    include_commentary:
      type: boolean
      description: whether a language model writes commentary for the report
      default: true
  example:
    recipients: risk-committee@example.com
workflow:
  type: airflow
  schedule: \${{ params.schedule }}
  nodes:
    - name: fetch_positions
      type: data_fetcher
      config: { source: database, connection: positions_db, table: positions }
    - name: fetch_prices
      type: data_fetcher
      config: { source: s3, bucket: market-data, prefix: eod/, format: parquet }
    - name: compute_exposure
      type: transform
      depends_on: [fetch_positions, fetch_prices]
      config:
        operation: aggregate
        group_by: \${{ params.group_by }}
    - name: write_commentary
      type: llm_processor
      depends_on: [compute_exposure]
      config:
        model: openai
        prompt: "Write the risk commentary; commentary enabled: \${{ params.include_commentary }}"
        max_tokens: 2000
    - name: publish_report
      type: data_saver
      depends_on: [write_commentary]
      config:
        destination: s3
        bucket: \${{ params.report_bucket }}
        format: json
    - name: email_committee
      type: notifier
      depends_on: [publish_report]
      config:
        channel: email
        target: \${{ params.recipients }}
        message: The daily risk report is published
`;
