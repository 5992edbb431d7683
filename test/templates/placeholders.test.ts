import { describe, expect, test } from 'vitest';
import { interpolate, scanPlaceholders } from '../../engine/templates/placeholders.ts';

describe('scanPlaceholders', () => {
  test('whole value is one placeholder', () => {
    expect(scanPlaceholders('${{ params.batch }}')).toEqual({
      uses: [{ name: 'batch', text: '${{ params.batch }}' }],
      malformed: [],
      whole: 'batch',
    });
  });

  test('spaces inside the braces are optional', () => {
    expect(scanPlaceholders('${{params.batch}}').whole).toBe('batch');
  });

  test('placeholder inside text is not whole', () => {
    const scan = scanPlaceholders('select * from ${{ params.table }}');
    expect(scan.whole).toBeUndefined();
    expect(scan.uses.map((use) => use.name)).toEqual(['table']);
  });

  test('wrong prefix and missing braces are malformed', () => {
    expect(scanPlaceholders('${{ param.x }} and ${{ params.y').malformed).toEqual([
      '${{ param.x }}',
      '${{ params.y',
    ]);
  });

  test('plain dollar text has no placeholder', () => {
    expect(scanPlaceholders('costs ${5} or $ {{x}}')).toEqual({ uses: [], malformed: [] });
  });
});

describe('interpolate', () => {
  test('lists join with commas and missing values are empty', () => {
    const values: Record<string, unknown> = { symbols: ['AAPL', 'MSFT'], flag: true };
    expect(
      interpolate('${{ params.symbols }}|${{ params.flag }}|${{ params.none }}', (name) => values[name]),
    ).toBe('AAPL, MSFT|true|');
  });
});
