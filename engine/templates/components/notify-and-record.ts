/** Tells people about a result and stores it, the last two steps of many operations workflows. */
export const notifyAndRecord = `component:
  name: notify_and_record
  summary: stores a result and posts a notice about it
  description: >-
    Two nodes, one after the other: \`record\` saves the result to a database table, then \`notify\`
    sends a message about it to a Slack channel, an email address or a PagerDuty service.
  parameters:
    table:
      type: string
      description: the database table the result is saved to
      required: true
    channel:
      type: enum
      values: [slack, email, pagerduty]
      description: where the notice goes
      default: slack
    target:
      type: string
      description: the Slack channel, email address or PagerDuty service
      required: true
    message:
      type: string
      description: the text of the notice
      default: workflow finished
  nodes:
    - name: record
      type: data_saver
      config: { destination: database, table: "\${{ params.table }}", mode: upsert }
    - name: notify
      type: notifier
      depends_on: [record]
      config:
        channel: \${{ params.channel }}
        target: \${{ params.target }}
        message: \${{ params.message }}
`;
