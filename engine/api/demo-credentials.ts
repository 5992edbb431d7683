/**
 * DEMO CREDENTIALS. Every value in this file is public: it is printed in the docs, used by the tests, the
 * in-browser mock and `wf serve` in demo mode. Never use any of them in production, and never add them to a
 * real `.env`. A server that reads its credentials from the environment does not know them.
 *
 * Each key is listed twice: the plain key, which clients send, and its `WF_API_KEYS` entry, which is all a
 * server stores. Both were made once with `wf keys create`.
 */

/** DEMO VALUE, public: an API key with role `viewer` (owner `demo-viewer`). */
export const DEMO_VIEWER_API_KEY =
  'wfk_c869d47562d81a22_7c1e35e2e8a78a0e73111fb498cbd14282297fd4b8301b974cf0345873b97fd7';

/** DEMO VALUE, public: an API key with role `operator` (owner `demo-operator`). */
export const DEMO_OPERATOR_API_KEY =
  'wfk_fbddf90bb019a610_ede04851bc25d9c27c9f643409cba532c7c919aeb8eb8dab3abf26743c6f1333';

/** DEMO VALUE, public: an API key with role `admin` (owner `demo-admin`). */
export const DEMO_ADMIN_API_KEY =
  'wfk_8cfdc7c255a5e144_ecd20852fb0fda6defa56c974dec24291c1dea4833d6493ae83355d112bce994';

/** DEMO VALUE, public: a revoked API key (owner `demo-revoked`, role `operator`); every request with it gets 401. */
export const DEMO_REVOKED_API_KEY =
  'wfk_5924dc1edeb9dafc_08187b146c10ff7023f46ff3a20a9042f462f3a83a90352182e962566466e03b';

/** DEMO VALUE, public: an API key that expired on 2025-01-01 (owner `demo-expired`, role `operator`). */
export const DEMO_EXPIRED_API_KEY =
  'wfk_9564c871e7180034_f8d85281245c79ab586d7da9b7ac575a6287972932ff457f5110bb6f6d4a48a6';

/** DEMO VALUE, public: the `WF_API_KEYS` entries of the five demo keys above, in the same order. */
export const DEMO_API_KEY_ENTRIES: readonly string[] = [
  'c869d47562d81a22,demo-viewer,viewer,hmac-sha256.2be98c698ee732ac3f153ea9f8a8ce33.17ae98094b0b3e65fd6f96d178aa0b7dd329a54b29632c217cbc436783df8567,,active',
  'fbddf90bb019a610,demo-operator,operator,hmac-sha256.3cc2f201a3f477640d6480535f88c8a3.eb5df35605dfbf5c59090017f194a55b6aca4211f264f397180044f10359a355,,active',
  '8cfdc7c255a5e144,demo-admin,admin,hmac-sha256.bc95cea4842440a9c8bd269a2ea1ee96.5fac4d177375ed4fa24d5eea72a8f8cf8f6d2fbbdf74a7205f8bd29d4549afeb,,active',
  '5924dc1edeb9dafc,demo-revoked,operator,hmac-sha256.c02d20bb38c0e3a23c896982a65d334d.e302268df18ab2974fda8c236f5d196d41c786831dd6f775363861d35ceea6e3,,revoked',
  '9564c871e7180034,demo-expired,operator,hmac-sha256.02f0f2736bfb838addcb5cc41364c5f6.f4125f765fde5cb0c7753dee8adb34cc980909377204961e145b298fe80c60a2,2025-01-01T00:00:00Z,active',
];

/** A demo user of the password grant: the name, its role and the password (DEMO VALUES, public). */
export interface DemoUser {
  username: string;
  role: 'viewer' | 'operator' | 'admin';
  password: string;
  /** The `WF_USERS` entry, with a PBKDF2-SHA256 hash of 600,000 iterations. */
  entry: string;
}

/** DEMO VALUES, public: one user per role for `POST /auth/token`. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'demo-viewer',
    role: 'viewer',
    password: 'demo-viewer-password',
    entry:
      'demo-viewer,viewer,pbkdf2-sha256.600000.2333acc263efdc718d0a6a44f5c3b5b5.611659f16aa707c55c54e56ac2947792341b86f3aac433163308c5cfa7657060',
  },
  {
    username: 'demo-operator',
    role: 'operator',
    password: 'demo-operator-password',
    entry:
      'demo-operator,operator,pbkdf2-sha256.600000.142bd046f2f3da37d2cb4dacf108c970.66eae1697b689bdf8dc17c251dc63de07db5cdd910c3c04f9826cdf156fb9116',
  },
  {
    username: 'demo-admin',
    role: 'admin',
    password: 'demo-admin-password',
    entry:
      'demo-admin,admin,pbkdf2-sha256.600000.3bfb0eb57147993e07162cb2f368e560.0ca9293b33b76ffdd18a58151cb0b2b3d3ecb50b28419ece0a9e436aa60c8fd4',
  },
];

/** DEMO VALUE, public: the HS256 secret that signs demo access tokens (48 bytes of ASCII). */
export const DEMO_TOKEN_SECRET = 'demo-only-hs256-secret-public-never-use-in-prod!';

/** Issuer (`iss`) of demo tokens; also the default of `WF_TOKEN_ISSUER`. */
export const DEMO_TOKEN_ISSUER = 'trading-workflows';

/** Audience (`aud`) of demo tokens; also the default of `WF_TOKEN_AUDIENCE`. */
export const DEMO_TOKEN_AUDIENCE = 'trading-workflows-api';
