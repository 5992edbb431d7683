export const surveillanceAlertTriage = `template:
  name: surveillance_alert_triage
  title: Trade-surveillance alert triage
  summary: scores surveillance alerts with a language model and routes them to review or closure
  description: >-
    A LangGraph workflow with conditional routing. A model scores each alert; the \`route\` router sends
    high scores to a compliance reviewer (\`human_review\`) and pages the on-call analyst for critical
    ones, and closes the rest with a record of why. Every outcome is stored.
  parameters:
    alert_topic:
      type: string
      description: the Kafka topic the surveillance system publishes alerts to
      default: surveillance.alerts
    review_threshold:
      type: number
      minimum: 0
      maximum: 1
      description: the score from which an alert goes to a reviewer
      default: 0.7
    page_threshold:
      type: number
      minimum: 0
      maximum: 1
      description: the score from which the on-call analyst is paged as well
      default: 0.95
    reviewers:
      type: list
      items: string
      description: the roles allowed to decide on an escalated alert
      default: [compliance]
    pagerduty_service:
      type: string
      description: the PagerDuty service paged for critical alerts
      required: true
  example:
    pagerduty_service: surveillance-oncall
workflow:
  type: langgraph
  nodes:
    - name: fetch_alerts
      type: data_fetcher
      config:
        source: kafka
        topic: \${{ params.alert_topic }}
    - name: score
      type: llm_processor
      depends_on: [fetch_alerts]
      config:
        model: anthropic
        prompt: Rate from 0 to 1 how likely this alert shows market abuse
        temperature: 0
    - name: route
      type: router
      depends_on: [score]
      config:
        routes:
          - when: "output['score'] >= \${{ params.page_threshold }}"
            to: page_analyst
          - when: "output['score'] >= \${{ params.review_threshold }}"
            to: human_review
        default: close_alert
    - name: page_analyst
      type: notifier
      config:
        channel: pagerduty
        target: \${{ params.pagerduty_service }}
        severity: critical
    - name: human_review
      type: human_approval
      config:
        approvers: \${{ params.reviewers }}
        instructions: Decide whether the alert needs a suspicious transaction report
        timeout_hours: 24
        on_timeout: escalate
    - name: close_alert
      type: transform
      config:
        operation: map
        expression: "{'status': 'closed', 'reason': 'score below threshold'}"
    - name: record_outcome
      type: data_saver
      depends_on: [page_analyst, human_review, close_alert]
      config: { destination: database, table: alert_outcomes, mode: upsert }
`;
