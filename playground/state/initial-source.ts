import { defaultWorkflow } from '../default-workflow.ts';
import { loadSavedSource } from './saved-source.ts';
import { decodeShared, sharedCodeFromHash } from './share-url.ts';

export interface InitialSource {
  text: string;
  /** The source of the text: a shared link, the last visit, or the built-in example. */
  origin: 'link' | 'saved' | 'example';
  /** Set when the link carried content that could not be read; the text then comes from elsewhere. */
  problem?: string;
}

/** Picks the text the editor opens with: a shared link first, then the last visit, then the example. */
export async function initialSource(hash: string): Promise<InitialSource> {
  const fallback = (): InitialSource => {
    const saved = loadSavedSource();
    return saved === undefined
      ? { text: defaultWorkflow, origin: 'example' }
      : { text: saved, origin: 'saved' };
  };

  const shared = sharedCodeFromHash(hash);
  if (shared === undefined) return fallback();

  try {
    return { text: await decodeShared(shared), origin: 'link' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const source = fallback();
    const replacement = source.origin === 'saved' ? 'your last text' : 'the example workflow';
    return {
      ...source,
      problem: `the shared link could not be opened (${reason}), so the editor shows ${replacement}`,
    };
  }
}
