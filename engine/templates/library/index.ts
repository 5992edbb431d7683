import { dataProcessing } from './data-processing.ts';
import { eodTradeReconciliation } from './eod-trade-reconciliation.ts';
import { etl } from './etl.ts';
import { kafkaEventProcessing } from './kafka-event-processing.ts';
import { llmAnalysis } from './llm-analysis.ts';
import { marketDataIngestion } from './market-data-ingestion.ts';
import { riskReportGeneration } from './risk-report-generation.ts';
import { surveillanceAlertTriage } from './surveillance-alert-triage.ts';

/**
 * The YAML of each built-in template: the one copy the engine reads. `examples/templates/` contains the same
 * text as files, and a test fails when the two differ.
 */
export const templateSources: readonly { name: string; yaml: string }[] = [
  { name: 'etl', yaml: etl },
  { name: 'data_processing', yaml: dataProcessing },
  { name: 'llm_analysis', yaml: llmAnalysis },
  { name: 'market_data_ingestion', yaml: marketDataIngestion },
  { name: 'eod_trade_reconciliation', yaml: eodTradeReconciliation },
  { name: 'surveillance_alert_triage', yaml: surveillanceAlertTriage },
  { name: 'risk_report_generation', yaml: riskReportGeneration },
  { name: 'kafka_event_processing', yaml: kafkaEventProcessing },
];
