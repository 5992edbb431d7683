import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';

/**
 * Tells Monaco how to start its workers: the editor worker for diffing and links, monaco-yaml's worker for
 * completion and hover. Vite bundles each `?worker` import into its own file, loaded only by this page.
 */
export function installMonacoEnvironment(): void {
  globalThis.MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return label === 'yaml' ? new YamlWorker() : new EditorWorker();
    },
  };
}
