import { DEMO_USERS } from '../../../../engine/api/demo-credentials.ts';
import type { PlatformApi } from '../../../../engine/api/index.ts';
import { demoApiKey } from '../demo-identities.ts';
import { labRequestUrl } from './lab-operations.ts';

/** An identity the lab sends requests as. DEMO VALUES: every credential here is public. */
export interface LabIdentity {
  id: string;
  label: string;
}

export const LAB_IDENTITIES: readonly LabIdentity[] = [
  { id: 'admin', label: 'admin (demo API key)' },
  { id: 'operator', label: 'operator (demo API key)' },
  { id: 'viewer', label: 'viewer (demo API key)' },
  { id: 'none', label: 'no credentials' },
  { id: 'expired-token', label: 'expired bearer token' },
  { id: 'revoked', label: 'revoked API key' },
];

/** Lifetime of the demo tokens the mock issues, in milliseconds (its default of 3600 seconds). */
const TOKEN_LIFETIME_MILLISECONDS = 3600 * 1000;

/**
 * Returns the headers that identify `identityId`. The expired token is issued by `tokenIssuer`, a mock whose clock
 * reads two lifetimes before `at`, so the token has expired by the time the burst starts.
 */
export async function identityHeaders(
  identityId: string,
  at: number,
  tokenIssuer: (now: number) => Promise<PlatformApi>,
): Promise<Record<string, string>> {
  if (identityId === 'none') return {};
  if (identityId === 'expired-token') {
    const api = await tokenIssuer(at - 2 * TOKEN_LIFETIME_MILLISECONDS);
    return { Authorization: `Bearer ${await issueDemoToken(api)}` };
  }

  const key = demoApiKey(identityId);
  if (key === undefined) throw new TypeError(`unknown lab identity \`${identityId}\``);
  return { 'X-API-Key': key.key };
}

async function issueDemoToken(api: PlatformApi): Promise<string> {
  const user = DEMO_USERS.find((candidate) => candidate.role === 'operator');
  if (user === undefined) throw new Error('the demo credentials have no operator user');

  const form = new URLSearchParams({
    grant_type: 'password',
    username: user.username,
    password: user.password,
  });
  const response = await api.handle(
    new Request(labRequestUrl('/auth/token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    }),
  );
  const body = (await response.json()) as { access_token?: string };
  if (body.access_token === undefined) {
    throw new Error(`the mock issued no demo token: status ${response.status}`);
  }
  return body.access_token;
}
