import type { Role } from './roles.ts';

/** How a request proved who it is. */
export type AuthenticationMethod = 'api-key' | 'bearer-token' | 'password';

/** An authenticated caller, as handlers see it after a successful check. */
export interface Identity {
  /** The key owner, the token's `sub` or the user name. */
  subject: string;
  roles: readonly Role[];
  method: AuthenticationMethod;
  /** The public id of the API key, when `method` is `api-key`. */
  keyId?: string;
  /** The token's scopes as issued, including any this platform does not know. */
  scopes?: readonly string[];
  /** Epoch milliseconds after which the credential is no longer accepted. */
  expiresAt?: number;
}
