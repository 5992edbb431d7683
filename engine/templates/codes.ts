import type { DiagnosticRule } from '../workflow/diagnostic-rule.ts';

const instanceHead = 'workflow:\n  id: eod_equities\n';

/** Codes reported while templates are instantiated and components included, before the workflow is checked. */
export const templateCodes: readonly DiagnosticRule[] = [
  {
    code: 'WF501',
    name: 'unknown-template',
    severity: 'error',
    summary: '`template` names no template of the library',
    description:
      'A workflow that sets `template:` is built from that library template. The name must be one of the ' +
      'templates that `wf templates` lists and the Templates section documents; a close misspelling gets a ' +
      'suggestion.',
    example: `${instanceHead}  template: market_data_ingest\n  parameters: {}\n`,
  },
  {
    code: 'WF502',
    name: 'unknown-parameter',
    severity: 'error',
    summary: 'a parameter value or placeholder names a parameter that is not declared',
    description:
      "A value under `parameters` (or under an include's `with`) must name a parameter that the template " +
      'or component declares, and a placeholder `${{ params.NAME }}` in a template body must name one of ' +
      'its own parameters. The diagnostic points at the name and lists the declared ones in `related`.',
    example: `${instanceHead}  template: etl\n  parameters:\n    query: select 1\n    target: out\n    querry: select 2\n`,
  },
  {
    code: 'WF503',
    name: 'invalid-parameter-value',
    severity: 'error',
    summary: 'a parameter value does not match the declared type, values, pattern or range',
    description:
      'Each parameter declares a `type` (`string`, `number`, `boolean`, `enum` or `list`) and optionally ' +
      '`values`, a `pattern` that the whole string must match, or a `minimum` and `maximum`. A value or a ' +
      "declared default that does not fit is reported at the value, with the parameter's declaration in " +
      '`related`.',
    example: `${instanceHead}  template: etl\n  parameters:\n    query: select 1\n    target: out\n    source: mysql\n`,
  },
  {
    code: 'WF504',
    name: 'missing-parameter',
    severity: 'error',
    summary: 'a required parameter has no value',
    description:
      'A parameter declared with `required: true` has no default, so every workflow that uses the ' +
      'template (or include that uses the component) must give it a value. A template file must give one ' +
      'in its `example`.',
    example: `${instanceHead}  template: etl\n  parameters:\n    query: select 1\n`,
  },
  {
    code: 'WF505',
    name: 'invalid-parameter-declaration',
    severity: 'error',
    summary: 'a parameter declaration of a template or component is malformed',
    description:
      'A declaration needs a `type` and a `description`. `values` belongs to `enum`, `pattern` to ' +
      '`string`, `minimum` and `maximum` to `number`, and `items` to `list`; a parameter is either ' +
      '`required: true` or has a `default`, not both; and a `pattern` must be a valid regular expression.',
    example:
      'template:\n  name: broken\n  title: Broken\n  summary: a broken template\n  description: shows WF505\n' +
      '  parameters:\n    source:\n      type: enum\n      description: where to read\n' +
      'workflow:\n  type: airflow\n  nodes:\n    - name: a\n      type: data_fetcher\n      config: { source: api }\n',
  },
  {
    code: 'WF506',
    name: 'unknown-component',
    severity: 'error',
    summary: 'an `include` names no component',
    description:
      'An `include:` item is replaced by the nodes of the component it names: a built-in component or ' +
      'one defined under the top-level `components:` of the same file. A close misspelling gets a suggestion.',
    example:
      'workflow:\n  id: a\n  type: airflow\n  nodes:\n    - include: fetch_and_normalise\n      with: { location: prices }\n',
  },
  {
    code: 'WF507',
    name: 'component-cycle',
    severity: 'error',
    summary: 'a component includes itself, directly or through other components',
    description:
      'Including a component that, through its own includes, includes itself again would never end. The ' +
      'message names the chain of components, such as `a -> b -> a`, and points at the include that closes it.',
    example:
      'components:\n  a:\n    nodes:\n      - include: b\n  b:\n    nodes:\n      - include: a\n' +
      'workflow:\n  id: loop\n  type: airflow\n  nodes:\n    - include: a\n',
  },
  {
    code: 'WF508',
    name: 'invalid-placeholder',
    severity: 'error',
    summary: 'text starts like a placeholder but is not `${{ params.NAME }}`',
    description:
      'Placeholders are written `${{ params.NAME }}`. Text that starts with `${{` in any other form, such as ' +
      '`${{ param.x }}` or a placeholder without its closing braces, would reach the workflow unchanged, so ' +
      'it is reported.',
    example:
      'template:\n  name: broken\n  title: Broken\n  summary: a broken template\n  description: shows WF508\n' +
      'workflow:\n  type: airflow\n  nodes:\n    - name: a\n      type: data_fetcher\n' +
      '      config: { source: api, url: "${{ param.url }}" }\n',
  },
];
