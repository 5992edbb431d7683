export const kafkaEventProcessing = `template:
  name: kafka_event_processing
  title: Kafka event-driven processing
  summary: processes each batch of events from a Kafka topic as it arrives
  description: >-
    Starts on events rather than a schedule: \`kafka_trigger\` reads a batch from the topic as one
    consumer group, \`deduplicate\` drops redelivered events, and the batch is enriched and stored. Use it
    for execution reports, order events or reference-data changes.
  parameters:
    topic:
      type: string
      description: the Kafka topic to consume
      required: true
    consumer_group:
      type: string
      pattern: "[a-z][a-z0-9._-]*"
      description: the consumer group, shared by all workers of this workflow
      required: true
    start_from:
      type: enum
      values: [latest, earliest]
      description: where a new consumer group starts reading
      default: latest
    max_batch_size:
      type: number
      minimum: 1
      maximum: 100000
      description: the largest number of events one run processes
      default: 500
    dedup_keys:
      type: list
      items: string
      description: the fields that identify a redelivered event
      default: [event_id]
    table:
      type: string
      description: the table the processed events are written to
      required: true
  example:
    topic: trades.executions
    consumer_group: execution-processor
    table: executions
workflow:
  type: langgraph
  nodes:
    - name: consume
      type: kafka_trigger
      config:
        topic: \${{ params.topic }}
        consumer_group: \${{ params.consumer_group }}
        start_from: \${{ params.start_from }}
        max_batch_size: \${{ params.max_batch_size }}
    - name: deduplicate
      type: transform
      config:
        operation: deduplicate
        keys: \${{ params.dedup_keys }}
    - name: enrich
      type: transform
      config:
        operation: map
        expression: "{**event, 'received_at': now()}"
    - name: store
      type: data_saver
      config:
        destination: database
        table: \${{ params.table }}
        mode: append
`;
