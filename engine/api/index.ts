export { type CatalogEntry, catalogEntryFromSource } from './catalog.ts';
export {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_RUNS,
  DEFAULT_RUN_SIMULATION,
  DEFAULT_TOKEN_TTL_SECONDS,
  type PlatformApiConfig,
  type RunSimulationOptions,
} from './config.ts';
export * from './demo-credentials.ts';
export { createDemoSecurity, type DemoSecurity } from './demo-security.ts';
export { createMswHandlers, type MswHandlerOptions } from './msw-handlers.ts';
export type { Route } from './operation.ts';
export { API_VERSION } from './operations/get-health.ts';
export {
  type ApiOutcome,
  createPlatformApi,
  type PlatformApi,
  type RequestContext,
} from './platform-api.ts';
export { PROBLEM_TYPE_PREFIX } from './responses.ts';
export { ROUTES } from './routes.ts';
export { simulationAtSpeed } from './simulation-speed.ts';
