import { DEMO_TOKEN_AUDIENCE, DEMO_TOKEN_ISSUER } from '../../api/demo-credentials.ts';
import { createDemoSecurity } from '../../api/demo-security.ts';
import {
  API_KEYS_VARIABLE,
  type ApiKeyRegistry,
  createTokenConfig,
  formatConfigIssue,
  parseApiKeyRegistry,
  parseUserRegistry,
  RATE_LIMIT_STRATEGIES,
  type RateLimitStrategy,
  type TokenConfig,
  TokenConfigError,
  USERS_VARIABLE,
  type UserRegistry,
} from '../../security/index.ts';

/** Settings of `wf serve` read from the environment, after checks. */
export interface ServeSettings {
  mode: 'demo' | 'configured';
  apiKeys: ApiKeyRegistry;
  users: UserRegistry;
  tokens: TokenConfig | undefined;
  tokenTtlSeconds: number;
  rateLimitStrategy: RateLimitStrategy | undefined;
  rateLimitExempt: string[];
  port: number | undefined;
  host: string | undefined;
}

export type ServeSettingsResult = { ok: true; settings: ServeSettings } | { ok: false; errors: string[] };

/** The variables whose presence switches demo mode off. */
const CREDENTIAL_VARIABLES = [API_KEYS_VARIABLE, USERS_VARIABLE, 'WF_TOKEN_SECRET'];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the server's settings from `env`. Without any credential variable the server runs in demo mode
 * with the public demo credentials. Every problem is collected, each message naming its variable and,
 * for the credential lists, the entry; no message contains a secret.
 */
export async function loadServeSettings(env: Env): Promise<ServeSettingsResult> {
  const errors: string[] = [];
  const value = (name: string) => {
    const text = env[name]?.trim();
    return text === undefined || text === '' ? undefined : text;
  };

  const demo = CREDENTIAL_VARIABLES.every((name) => value(name) === undefined);
  const tokenTtlSeconds = readInteger(env, 'WF_TOKEN_TTL_SECONDS', 3600, { min: 60, max: 86_400 }, errors);
  const port = readOptionalInteger(value('WF_SERVE_PORT'), 'WF_SERVE_PORT', { min: 0, max: 65_535 }, errors);
  const rateLimitStrategy = readStrategy(value('WF_RATE_LIMIT_STRATEGY'), errors);
  const rateLimitExempt = (value('WF_RATE_LIMIT_EXEMPT') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

  const common = { tokenTtlSeconds, rateLimitStrategy, rateLimitExempt, port, host: value('WF_SERVE_HOST') };
  if (demo) {
    const security = await createDemoSecurity();
    return errors.length > 0
      ? { ok: false, errors }
      : { ok: true, settings: { mode: 'demo', ...security, ...common } };
  }

  const apiKeys = parseApiKeyRegistry(value(API_KEYS_VARIABLE) ?? '');
  if (!apiKeys.ok) errors.push(...apiKeys.issues.map((issue) => formatConfigIssue(API_KEYS_VARIABLE, issue)));
  const users = parseUserRegistry(value(USERS_VARIABLE) ?? '');
  if (!users.ok) errors.push(...users.issues.map((issue) => formatConfigIssue(USERS_VARIABLE, issue)));

  const tokens = await readTokenConfig(env, value, errors);
  if (value(USERS_VARIABLE) !== undefined && value('WF_TOKEN_SECRET') === undefined) {
    errors.push(
      `WF_TOKEN_SECRET: missing; \`${USERS_VARIABLE}\` is set, and tokens for its users need a secret`,
    );
  }

  if (errors.length > 0 || !apiKeys.ok || !users.ok) return { ok: false, errors };
  return {
    ok: true,
    settings: { mode: 'configured', apiKeys: apiKeys.registry, users: users.registry, tokens, ...common },
  };
}

async function readTokenConfig(
  env: Env,
  value: (name: string) => string | undefined,
  errors: string[],
): Promise<TokenConfig | undefined> {
  const secret = value('WF_TOKEN_SECRET');
  if (secret === undefined) return undefined;

  const fieldVariables: Record<string, string> = {
    secret: 'WF_TOKEN_SECRET',
    issuer: 'WF_TOKEN_ISSUER',
    audience: 'WF_TOKEN_AUDIENCE',
  };
  try {
    return await createTokenConfig({
      algorithm: 'HS256',
      // The raw value, untrimmed: spaces may be part of a secret.
      secret: env.WF_TOKEN_SECRET as string,
      issuer: value('WF_TOKEN_ISSUER') ?? DEMO_TOKEN_ISSUER,
      audience: value('WF_TOKEN_AUDIENCE') ?? DEMO_TOKEN_AUDIENCE,
    });
  } catch (error) {
    if (!(error instanceof TokenConfigError)) throw error;
    errors.push(`${fieldVariables[error.field] ?? 'WF_TOKEN_SECRET'}: ${error.message}`);
    return undefined;
  }
}

function readStrategy(text: string | undefined, errors: string[]): RateLimitStrategy | undefined {
  if (text === undefined) return undefined;
  const strategy = RATE_LIMIT_STRATEGIES.find((candidate) => candidate === text);
  if (strategy === undefined) {
    const expected = RATE_LIMIT_STRATEGIES.map((name) => `\`${name}\``).join(', ');
    errors.push(`WF_RATE_LIMIT_STRATEGY: unknown strategy \`${text.slice(0, 40)}\`; expected ${expected}`);
  }
  return strategy;
}

interface Range {
  min: number;
  max: number;
}

function readInteger(env: Env, name: string, fallback: number, range: Range, errors: string[]): number {
  const text = env[name]?.trim();
  return readOptionalInteger(text === '' ? undefined : text, name, range, errors) ?? fallback;
}

function readOptionalInteger(
  text: string | undefined,
  name: string,
  range: Range,
  errors: string[],
): number | undefined {
  if (text === undefined) return undefined;
  const number = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= range.min && number <= range.max)) {
    errors.push(
      `${name}: invalid value \`${text.slice(0, 20)}\`; expected a whole number from ${range.min} to ${range.max}`,
    );
    return undefined;
  }
  return number;
}
