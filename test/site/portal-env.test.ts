import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPortalSettings } from '../../scripts/portal-env.ts';

function envFileWith(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'portal-env-')), '.env');
  writeFileSync(file, text);
  return file;
}

describe('loadPortalSettings', () => {
  test('loads only PORTAL_ variables', () => {
    const file = envFileWith('PORTAL_BASE_PATH=/portal\nWF_TOKEN_SECRET=do-not-read-me\nSECRET=x\n');
    const environment: Record<string, string | undefined> = {};

    expect(loadPortalSettings(file, environment)).toEqual({ PORTAL_BASE_PATH: '/portal' });
    expect(environment).toEqual({ PORTAL_BASE_PATH: '/portal' });
  });

  test('keeps a variable the environment already sets', () => {
    const file = envFileWith('PORTAL_BASE_PATH=/from-file\n');
    const environment: Record<string, string | undefined> = { PORTAL_BASE_PATH: '/from-shell' };

    loadPortalSettings(file, environment);

    expect(environment.PORTAL_BASE_PATH).toBe('/from-shell');
  });

  test('returns nothing without a file', () => {
    const environment: Record<string, string | undefined> = {};

    expect(loadPortalSettings(join(tmpdir(), 'no-such-dir', '.env'), environment)).toEqual({});
    expect(environment).toEqual({});
  });
});
