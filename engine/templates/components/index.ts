import { fetchAndNormalize } from './fetch-and-normalize.ts';
import { notifyAndRecord } from './notify-and-record.ts';

/** The YAML of each built-in component: the one copy the engine reads. */
export const componentSources: readonly { name: string; yaml: string }[] = [
  { name: 'fetch_and_normalize', yaml: fetchAndNormalize },
  { name: 'notify_and_record', yaml: notifyAndRecord },
];
