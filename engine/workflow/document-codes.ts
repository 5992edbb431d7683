import type { DiagnosticRule } from './diagnostic-rule.ts';
import { limits } from './limits.ts';

/** Codes reported while reading the YAML and checking it against the schema, before any rule runs. */
export const documentCodes: readonly DiagnosticRule[] = [
  {
    code: 'WF101',
    name: 'yaml-syntax',
    severity: 'error',
    summary: 'the file is not valid YAML',
    description:
      'The YAML parser could not read the file, for example because a bracket is not closed, an indent ' +
      'is inconsistent or a second document starts with `---`. Nothing else is checked until the file parses.',
    example: 'workflow:\n  id: [broken\n  type: airflow\n',
  },
  {
    code: 'WF102',
    name: 'duplicate-key',
    severity: 'error',
    summary: 'a mapping has the same key twice',
    description:
      'Most YAML readers keep the last of two equal keys and drop the first without a warning, so a ' +
      'repeated key is an error here.',
    example: 'workflow:\n  id: first\n  id: second\n',
  },
  {
    code: 'WF103',
    name: 'tab-indentation',
    severity: 'error',
    summary: 'a line is indented with a tab',
    description:
      'YAML forbids tabs in indentation. Indent with spaces; most editors can convert tabs on save.',
    example: 'workflow:\n\tid: tabbed\n',
  },
  {
    code: 'WF104',
    name: 'unresolved-alias',
    severity: 'error',
    summary: 'an alias names an anchor that is not defined before it',
    description:
      'An alias `*name` repeats the node marked with the anchor `&name`. The anchor must appear earlier ' +
      'in the same file.',
    example: 'workflow:\n  id: alias\n  type: airflow\n  nodes: *missing\n',
  },
  {
    code: 'WF105',
    name: 'alias-expansion-limit',
    severity: 'error',
    summary: 'aliases expand to too large a document',
    description:
      `Aliases that repeat anchors which themselves hold aliases grow exponentially (the "billion laughs" ` +
      `pattern). Validation stops when aliases would add more than ${limits.maxAliasExpansion.toLocaleString('en-US')} ` +
      'nodes, or when an alias refers to a node that contains it.',
    example:
      'x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n' +
      'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
      'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
      'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n' +
      'x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
  },
  {
    code: 'WF106',
    name: 'not-a-mapping',
    severity: 'error',
    summary: 'the document is empty or is not a mapping',
    description: 'A workflow file is a YAML mapping whose one key is `workflow`.',
    example: '- just\n- a list\n',
  },
  {
    code: 'WF201',
    name: 'missing-field',
    severity: 'error',
    summary: 'a required field is missing',
    description:
      'The workflow needs `id`, `type` and `nodes`; each node needs `name` and `type`. The diagnostic ' +
      'points at the key of the mapping that lacks the field.',
    example:
      'workflow:\n  type: airflow\n  nodes:\n    - name: a\n      type: data_fetcher\n      config: { source: api }\n',
  },
  {
    code: 'WF202',
    name: 'unknown-field',
    severity: 'error',
    summary: 'a field is not part of the workflow format',
    description:
      'Unknown fields are usually misspelt ones, so they are errors and come with a suggestion. ' +
      'Top-level keys that start with `x-` are ignored, which gives YAML anchors a place to live.',
    example: 'workflow:\n  id: a\n  type: airflow\n  shedule: "@daily"\n  nodes: []\n',
  },
  {
    code: 'WF203',
    name: 'invalid-type',
    severity: 'error',
    summary: 'a field has the wrong kind of value',
    description:
      'For example `nodes` must be a list and `depends_on` a list of node names, not a single string.',
    example:
      'workflow:\n  id: a\n  type: airflow\n  nodes:\n    - name: b\n      type: data_saver\n      depends_on: a\n',
  },
  {
    code: 'WF204',
    name: 'invalid-value',
    severity: 'error',
    summary: 'a field has a value outside the allowed set or pattern',
    description:
      'Workflow ids use lowercase letters, digits, `_` and `-` and start with a letter. Node names use ' +
      'lowercase letters, digits and `_` and start with a letter, because they become Python names. ' +
      '`type` is `langgraph` or `airflow`, and `nodes` holds at least one node.',
    example: 'workflow:\n  id: My Workflow\n  type: airflow\n  nodes: []\n',
  },
  {
    code: 'WF205',
    name: 'unknown-node-type',
    severity: 'error',
    summary: 'a node uses a type that is not registered',
    description:
      'A node type must be one of the registered node types; a close misspelling gets a suggestion.',
    example:
      'workflow:\n  id: a\n  type: airflow\n  nodes:\n    - name: b\n      type: data_fetch\n      config: { source: api }\n',
  },
  {
    code: 'WF206',
    name: 'invalid-node-config',
    severity: 'error',
    summary: "a node's `config` does not match its type's schema",
    description:
      'Each node type defines the fields of its `config`, their types and allowed values, for example ' +
      '`source` of `data_fetcher` or `temperature` (0 to 2) of `llm_processor`.',
    example:
      'workflow:\n  id: a\n  type: airflow\n  nodes:\n    - name: b\n      type: data_fetcher\n      config: { source: mysql }\n',
  },
  {
    code: 'WF207',
    name: 'unknown-config-key',
    severity: 'error',
    summary: "a node's `config` has a key its type does not define",
    description:
      'A key that the node type does not know would be ignored at run time, so it is reported with the ' +
      'closest known key.',
    example:
      'workflow:\n  id: a\n  type: airflow\n  nodes:\n    - name: b\n      type: data_fetcher\n      config: { source: api, timout_seconds: 5 }\n',
  },
  {
    code: 'WF601',
    name: 'limit-exceeded',
    severity: 'error',
    summary: 'the file is larger or deeper than the engine accepts',
    description:
      `Validation runs in the browser on every keystroke and in the API on request bodies, so input is ` +
      `bounded: at most ${limits.maxSourceLength.toLocaleString('en-US')} characters, ` +
      `${limits.maxNodes.toLocaleString('en-US')} nodes and ${limits.maxDepth} levels of nesting. ` +
      'A workflow beyond that is better split into several.',
  },
  {
    code: 'WF602',
    name: 'too-many-diagnostics',
    severity: 'warning',
    summary: 'more problems were found than one file reports',
    description:
      `A file gets at most ${limits.maxDiagnostics.toLocaleString('en-US')} diagnostics, the first ones by ` +
      'position. This diagnostic follows them, at the first problem left out, and counts the rest. It takes ' +
      'the most severe level among the problems it stands for, so a file whose left-out problems include an ' +
      'error still fails validation. Fix the problems reported and validate again to see the others.',
  },
];
