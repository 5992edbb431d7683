import type { createApiReference } from '@scalar/api-reference';
import { DEFAULT_DEMO_USER, type DemoApiKey } from './demo-identities.ts';

/** The document slug, which every operation anchor of the reference starts with. */
export const REFERENCE_SLUG = 'platform-api';

/**
 * Code samples offered on each operation: curl, fetch (browser and Node) and Python requests. Scalar takes
 * the clients to hide; these lists hide every other client of Scalar 1.76's snippet library.
 */
const HIDDEN_CLIENTS: Record<string, true | string[]> = {
  c: true,
  clojure: true,
  csharp: true,
  dart: true,
  fsharp: true,
  go: true,
  http: true,
  java: true,
  julia: true,
  kotlin: true,
  objc: true,
  ocaml: true,
  php: true,
  powershell: true,
  r: true,
  ruby: true,
  rust: true,
  swift: true,
  shell: ['httpie', 'wget'],
  js: ['axios', 'jquery', 'ofetch', 'xhr'],
  node: ['axios', 'ofetch', 'undici'],
  python: ['python3', 'aiohttp', 'httpx_sync', 'httpx_async'],
};

/**
 * Hides the placeholder of Scalar's API key field. Scalar 1.76 hard-codes it (a base64 text that looks like a
 * real key) with no option to change it, so an empty field would look filled in.
 */
const HIDE_KEY_PLACEHOLDER = 'input[placeholder^="QUxMIFlPVVIg"]::placeholder { color: transparent; }';

/** Scalar's configuration type, which its package does not export by name. */
type ReferenceConfiguration = Parameters<typeof createApiReference>[1];

export type ColorScheme = 'light' | 'dark';

export interface ReferenceOptions {
  document: Record<string, unknown>;
  /** The demo key pre-filled for `ApiKeyAuth`, or undefined to send requests without credentials. */
  apiKey: DemoApiKey | undefined;
  colorScheme: ColorScheme;
}

/**
 * Scalar's configuration for the reference: everything stays on the page (no proxy, no web fonts, no
 * telemetry, no agent), the color scheme follows Starlight's theme switch instead of Scalar's own toggle,
 * and the demo credentials are pre-filled.
 */
export function referenceConfiguration(options: ReferenceOptions): ReferenceConfiguration {
  return {
    content: options.document,
    slug: REFERENCE_SLUG,
    withDefaultFonts: false,
    telemetry: false,
    showDeveloperTools: 'never',
    agent: { disabled: true },
    mcp: { disabled: true },
    hideDarkModeToggle: true,
    forceDarkModeState: options.colorScheme,
    darkMode: options.colorScheme === 'dark',
    hiddenClients: HIDDEN_CLIENTS,
    defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
    showOperationId: true,
    // Every operation is in the page from the start, so that the browser's own search finds it too.
    defaultOpenAllTags: true,
    persistAuth: false,
    customCss: HIDE_KEY_PLACEHOLDER,
    authentication: {
      // With no key chosen, Scalar still selects `ApiKeyAuth` and sends an empty `X-API-Key:` header, which
      // the API treats as no credentials. Selecting no scheme (`[]`) would send no header, but then Scalar
      // 1.76 sometimes scrolls back to the introduction when the reference is remounted.
      preferredSecurityScheme: options.apiKey === undefined ? null : 'ApiKeyAuth',
      securitySchemes: {
        ApiKeyAuth: { value: options.apiKey?.key ?? '' },
        OAuth2: {
          flows: {
            password: { username: DEFAULT_DEMO_USER?.username, password: DEFAULT_DEMO_USER?.password },
          },
        },
      },
    },
  };
}
