export const marketDataIngestion = `template:
  name: market_data_ingestion
  title: Market-data ingestion
  summary: reads prices from a vendor feed, normalises them and stores them in partitioned files
  description: >-
    Includes the \`fetch_and_normalize\` component for the vendor feed, filters the symbols you trade,
    and writes Parquet files to S3. Run it intraday on a cron schedule; the batch size bounds each read.
  parameters:
    feed_url:
      type: string
      pattern: "https://.+"
      description: the HTTPS endpoint of the vendor feed
      required: true
    symbols:
      type: list
      items: string
      description: the instruments to keep
      required: true
    schedule:
      type: string
      description: when to read the feed, as cron or a preset
      default: "*/15 9-16 * * 1-5"
    bucket:
      type: string
      description: the S3 bucket the prices are written to
      default: market-data
  example:
    feed_url: https://feed.example.com/v1/prices
    symbols: [AAPL, MSFT, ESZ5]
workflow:
  type: airflow
  schedule: \${{ params.schedule }}
  nodes:
    - include: fetch_and_normalize
      as: vendor
      with:
        source: api
        location: \${{ params.feed_url }}
    - name: keep_symbols
      type: transform
      config:
        operation: filter
        expression: "symbol in (\${{ params.symbols }})"
    - name: store
      type: data_saver
      config:
        destination: s3
        bucket: \${{ params.bucket }}
        prefix: prices/
        format: parquet
        mode: append
`;
