import { describe, expect, test } from 'vitest';
import { artifactLocation, formatSarif } from '../../engine/cli/format/sarif.ts';
import type { Diagnostic, DiagnosticRule } from '../../engine/workflow/index.ts';

const rules: DiagnosticRule[] = [
  {
    code: 'WF101',
    name: 'yaml-syntax',
    severity: 'error',
    summary: 'the file is not valid YAML',
    description: 'd1',
  },
  {
    code: 'WF301',
    name: 'unknown-node-type',
    severity: 'warning',
    summary: 'unknown node type',
    description: 'd2',
  },
];

const diagnostic: Diagnostic = {
  code: 'WF301',
  severity: 'error',
  message: 'unknown node type `x`',
  file: 'flows/my demo.yaml',
  line: 3,
  column: 9,
  endLine: 3,
  endColumn: 10,
  hint: 'did you mean `y`?',
};

function sarif(diagnostics: Diagnostic[], docsBaseUrl?: string) {
  return JSON.parse(formatSarif(diagnostics, { rules, toolVersion: '1.2.3', srcRoot: '/repo', docsBaseUrl }));
}

describe('formatSarif', () => {
  test('writes the SARIF 2.1.0 envelope with one run', () => {
    const log = sarif([]);
    expect(log.$schema).toBe(
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json',
    );
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  test('lists every registered rule in the driver', () => {
    const driver = sarif([]).runs[0].tool.driver;
    expect(driver.name).toBe('wf');
    expect(driver.version).toBe('1.2.3');
    expect(driver.rules[1]).toEqual({
      id: 'WF301',
      name: 'unknown-node-type',
      shortDescription: { text: 'unknown node type' },
      fullDescription: { text: 'd2' },
      helpUri: '/reference/error-codes/#wf301',
      defaultConfiguration: { level: 'warning' },
    });
  });

  test('uses the docs base URL for helpUri', () => {
    const driver = sarif([], 'https://docs.example.com').runs[0].tool.driver;
    expect(driver.rules[0].helpUri).toBe('https://docs.example.com/reference/error-codes/#wf101');
  });

  test('maps a diagnostic to a result with rule index and region', () => {
    expect(sarif([diagnostic]).runs[0].results[0]).toEqual({
      ruleId: 'WF301',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'unknown node type `x`\nhint: did you mean `y`?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'flows/my%20demo.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 9, endLine: 3, endColumn: 10 },
          },
        },
      ],
    });
  });

  test('maps info to note and leaves out ruleIndex for an unknown code', () => {
    const result = sarif([{ ...diagnostic, code: 'WF999', severity: 'info' }]).runs[0].results[0];
    expect(result.level).toBe('note');
    expect(result.ruleIndex).toBeUndefined();
  });

  test('adds related locations', () => {
    const related = [{ file: 'template.yaml', line: 2, column: 5, message: 'declared here' }];
    const result = sarif([{ ...diagnostic, related }]).runs[0].results[0];
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'declared here' },
        physicalLocation: {
          artifactLocation: { uri: 'template.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 5 },
        },
      },
    ]);
  });
});

describe('artifactLocation', () => {
  test('keeps an absolute path as a file URL', () => {
    expect(artifactLocation('/tmp/a b.yaml')).toEqual({ uri: 'file:///tmp/a%20b.yaml' });
  });

  test('percent-encodes segments of a relative path', () => {
    expect(artifactLocation('../x/ü#1.yaml')).toEqual({
      uri: '../x/%C3%BC%231.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });
});
