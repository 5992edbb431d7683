import {
  DEMO_ADMIN_API_KEY,
  DEMO_EXPIRED_API_KEY,
  DEMO_OPERATOR_API_KEY,
  DEMO_REVOKED_API_KEY,
  DEMO_USERS,
  DEMO_VIEWER_API_KEY,
} from '../../../engine/api/demo-credentials.ts';

/** A demo API key as the reference and the lab offer it. DEMO VALUES: public, for the mock only. */
export interface DemoApiKey {
  /** `viewer`, `operator`, `admin`, `revoked` or `expired`. */
  name: string;
  key: string;
  /** The outcome of a request with this key. */
  description: string;
  /** True for a key that the reference may pre-fill: it identifies someone. */
  usable: boolean;
}

export const DEMO_API_KEYS: readonly DemoApiKey[] = [
  { name: 'viewer', key: DEMO_VIEWER_API_KEY, description: 'reads runs and templates', usable: true },
  {
    name: 'operator',
    key: DEMO_OPERATOR_API_KEY,
    description: 'also triggers, validates and cancels its own runs',
    usable: true,
  },
  { name: 'admin', key: DEMO_ADMIN_API_KEY, description: 'also cancels any run', usable: true },
  {
    name: 'revoked',
    key: DEMO_REVOKED_API_KEY,
    description: 'revoked: every request gets 401',
    usable: false,
  },
  {
    name: 'expired',
    key: DEMO_EXPIRED_API_KEY,
    description: 'expired on 2025-01-01: every request gets 401',
    usable: false,
  },
];

/** The key the reference pre-fills on a first visit: the operator can call every operation but one. */
export const DEFAULT_DEMO_KEY_NAME = 'operator';

/** The demo user of the password grant that the reference pre-fills. */
export const DEFAULT_DEMO_USER = DEMO_USERS.find((user) => user.role === 'operator') ?? DEMO_USERS[0];

export function demoApiKey(name: string): DemoApiKey | undefined {
  return DEMO_API_KEYS.find((entry) => entry.name === name);
}
