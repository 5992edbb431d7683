import '@scalar/api-reference/style.css';
import { createApiReference } from '@scalar/api-reference';
import { createPageApi } from '../../api-mock/create-page-api.ts';
import { clockStartFromQuery, createPageClock } from '../../api-mock/page-clock.ts';
import { startMockWorker } from '../../api-mock/start-mock-worker.ts';
import { NO_CREDENTIAL, readChosenKey, storeChosenKey } from './chosen-credential.ts';
import { starlightColorScheme, watchStarlightColorScheme } from './color-scheme.ts';
import { wireCopyButtons } from './copy-buttons.ts';
import { referenceConfiguration } from './reference-configuration.ts';

type ScalarInstance = ReturnType<typeof createApiReference>;

/**
 * Starts the reference page: the mock's clock, the mock API behind MSW's service worker, then Scalar. Scalar
 * mounts only once the worker is active, so that its first "send" cannot reach the network.
 */
export async function startReferencePage(root: HTMLElement): Promise<void> {
  const clock = createPageClock();
  const start = clockStartFromQuery(window.location.search);
  if (start !== undefined) clock.set(start);
  window.__portalMockClock = clock;

  const status = root.querySelector<HTMLElement>('[data-mock-status]');
  try {
    await startMockWorker(await createPageApi({ now: clock.now }));
  } catch (error) {
    root.dataset.mockState = 'failed';
    if (status) status.textContent = `The in-browser mock failed to start: ${String(error)}`;
    return;
  }
  root.dataset.mockState = 'ready';
  if (status)
    status.textContent = 'The in-browser mock is running: requests sent below never leave this page.';

  const mount = root.querySelector<HTMLElement>('[data-reference-mount]');
  const source = root.querySelector<HTMLScriptElement>('script[data-contract]');
  if (!mount || !source) throw new Error('the reference page lacks its mount point or its contract');
  const document = JSON.parse(source.textContent ?? '{}') as Record<string, unknown>;

  let reference: ScalarInstance = mountReference(mount, document);
  wireCopyButtons(root);
  wireCredentialChoice(root, () => {
    reference.destroy();
    reference = mountReference(mount, document);
  });
  watchStarlightColorScheme(() => {
    reference.destroy();
    reference = mountReference(mount, document);
  });
}

function mountReference(mount: HTMLElement, document: Record<string, unknown>): ScalarInstance {
  const configuration = referenceConfiguration({
    document,
    apiKey: readChosenKey(),
    colorScheme: starlightColorScheme(),
  });
  return createApiReference(mount, configuration);
}

/** Marks the stored choice in the credential panel and remounts the reference when the reader picks another. */
function wireCredentialChoice(root: HTMLElement, remount: () => void): void {
  const chosen = readChosenKey()?.name ?? NO_CREDENTIAL;
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name="demo-credential"]')) {
    input.checked = input.value === chosen;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      storeChosenKey(input.value);
      remount();
    });
  }
}
