import { DEFAULT_DEMO_KEY_NAME, type DemoApiKey, demoApiKey } from './demo-identities.ts';

/** Local storage key of the reader's choice of demo key, which survives a reload. */
const STORAGE_KEY = 'portal:api-reference:credential';

/** The value stored when the reader chose to send no credentials. */
export const NO_CREDENTIAL = 'none';

/** Returns the demo key the reader chose last, the operator's on a first visit, or undefined for no credentials. */
export function readChosenKey(): DemoApiKey | undefined {
  const stored = readStorage() ?? DEFAULT_DEMO_KEY_NAME;
  return stored === NO_CREDENTIAL ? undefined : (demoApiKey(stored) ?? demoApiKey(DEFAULT_DEMO_KEY_NAME));
}

/** Stores the reader's choice: a demo key's name or `none`. */
export function storeChosenKey(name: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, name);
  } catch {
    // Storage can be disabled; the choice then lasts until the page is left.
  }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
