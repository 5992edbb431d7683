/** The localStorage key of the playground's text, versioned with the workflow file format. */
const storageKey = 'portal.playground.workflow.v1';

/** Reads the text kept from the last visit. Storage can be blocked (private modes, policies), so failures read as nothing kept. */
export function loadSavedSource(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the text for the next visit; when storage is blocked or full the text is simply not kept. */
export function saveSource(text: string): void {
  try {
    localStorage.setItem(storageKey, text);
  } catch {
    // Nothing to do: the editor still holds the text, and the status line would only add noise on every keystroke.
  }
}
