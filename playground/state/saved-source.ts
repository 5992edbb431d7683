/** The localStorage keys of the playground's two editors, versioned with the formats they hold. */
export const storageKeys = {
  workflow: 'portal.playground.workflow.v1',
  nodeType: 'portal.playground.node-type.v1',
} as const;

type StorageKey = (typeof storageKeys)[keyof typeof storageKeys];

/**
 * Quiet time after the last change before the text is written, in milliseconds. A 200-node file is about
 * 24 KB, and writing it on every keystroke put a synchronous storage write on the typing path.
 */
const saveDelayMs = 1000;

/** Reads the text kept from the last visit. Storage can be blocked (private modes, policies), so failures read as nothing kept. */
export function loadSavedSource(key: StorageKey = storageKeys.workflow): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the text for the next visit; when storage is blocked or full the text is simply not kept. */
export function saveSource(text: string, key: StorageKey = storageKeys.workflow): void {
  try {
    localStorage.setItem(key, text);
  } catch {
    // Nothing to do: the editor still holds the text, and the status line would only add noise on every keystroke.
  }
}

/**
 * Saves the text that `currentText` returns once changes pause, and at once when the page is hidden or left,
 * so a reload or a closed tab still finds the last keystroke.
 */
export function saveSourceWhenIdle(
  currentText: () => string,
  key: StorageKey = storageKeys.workflow,
): { changed(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    saveSource(currentText(), key);
  };

  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  return {
    changed: () => {
      clearTimeout(timer);
      timer = setTimeout(flush, saveDelayMs);
    },
  };
}
