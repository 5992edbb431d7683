import {
  type ApiKeyRegistry,
  createTokenConfig,
  parseApiKeyRegistry,
  parseUserRegistry,
  type TokenConfig,
  type UserRegistry,
} from '../security/index.ts';
import {
  DEMO_API_KEY_ENTRIES,
  DEMO_TOKEN_AUDIENCE,
  DEMO_TOKEN_ISSUER,
  DEMO_TOKEN_SECRET,
  DEMO_USERS,
} from './demo-credentials.ts';

/** The registries and token settings of demo mode, built from the public demo credentials. */
export interface DemoSecurity {
  apiKeys: ApiKeyRegistry;
  users: UserRegistry;
  tokens: TokenConfig;
}

/** Parses the demo credentials into the pieces `createPlatformApi` takes; for the mock, tests and demo mode only. */
export async function createDemoSecurity(): Promise<DemoSecurity> {
  const apiKeys = parseApiKeyRegistry(DEMO_API_KEY_ENTRIES.join('\n'));
  const users = parseUserRegistry(DEMO_USERS.map((user) => user.entry).join('\n'));
  if (!apiKeys.ok || !users.ok) {
    throw new Error('the demo credentials do not parse; `demo-credentials.ts` is broken');
  }

  const tokens = await createTokenConfig({
    algorithm: 'HS256',
    secret: DEMO_TOKEN_SECRET,
    issuer: DEMO_TOKEN_ISSUER,
    audience: DEMO_TOKEN_AUDIENCE,
  });
  return { apiKeys: apiKeys.registry, users: users.registry, tokens };
}
