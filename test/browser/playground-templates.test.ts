import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findTemplate, templateInstanceYaml } from '../../engine/templates/index.ts';
import { validateWorkflow } from '../../engine/workflow/index.ts';
import {
  lineOf,
  openPlayground,
  typeOver,
  workflowMarkers,
  workflowSettled,
  workflowText,
} from './support/playground-page.ts';
import { launchChromium, type PreviewServer, startPreview } from './support/preview-server.ts';

// Runs against the built site in dist/: `npm test` builds it before this project starts.
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Monaco's `MarkerSeverity.Error`. */
const errorSeverity = 8;

function template(name: string) {
  const found = findTemplate(name);
  if (!found) throw new Error(`the library has no template \`${name}\``);
  return found;
}

describe('template gallery', () => {
  test('lists a card per library template', async () => {
    const { context, page } = await openPlayground(browser, server.origin);

    const names = await page
      .locator('#playground-templates button[data-template]')
      .evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.template));
    const etlCard = page.locator('#playground-templates button[data-template="etl"]');

    expect(names).toEqual([
      'etl',
      'data_processing',
      'llm_analysis',
      'market_data_ingestion',
      'eod_trade_reconciliation',
      'surveillance_alert_triage',
      'risk_report_generation',
      'kafka_event_processing',
    ]);
    expect(await etlCard.locator('strong').textContent()).toBe(template('etl').title);
    expect(await etlCard.locator('span').textContent()).toBe(template('etl').summary);
    // The page's styles reach the cards the gallery script creates: title above summary, not run together
    expect(await etlCard.evaluate((card) => getComputedStyle(card).flexDirection)).toBe('column');
    expect(await page.locator('#playground-template-form').isHidden()).toBe(true);
    await context.close();
  });

  test('picking a template fills the editor and the form', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    const llm = template('llm_analysis');

    await page.locator('#playground-templates button[data-template="llm_analysis"]').click();
    await workflowSettled(page);

    expect(await workflowText(page)).toBe(templateInstanceYaml(llm));
    expect(await workflowMarkers(page)).toEqual([]);
    expect(await page.locator('#playground-template-form h3').textContent()).toBe(
      `Parameters of ${llm.title}`,
    );
    expect(await page.locator('#playground-parameter-source_url').inputValue()).toBe(llm.example.source_url);
    expect(await page.locator('#playground-parameter-source_url').getAttribute('pattern')).toBe('https://.+');
    expect(await page.locator('#playground-parameter-temperature').getAttribute('type')).toBe('number');
    expect(await page.locator('#playground-parameter-temperature').getAttribute('max')).toBe('2');
    expect(await page.locator('#playground-parameter-temperature').inputValue()).toBe('');
    expect(await page.locator('#playground-parameter-temperature').getAttribute('placeholder')).toBe(
      'default: 0.2',
    );
    expect(await page.locator('#playground-parameter-model').evaluate((element) => element.tagName)).toBe(
      'SELECT',
    );
    expect(await page.locator('#playground-parameter-model option').allTextContents()).toEqual([
      '(default: ollama)',
      'ollama',
      'openai',
      'anthropic',
    ]);
    expect(await page.locator('#playground-template-form .playground-required').count()).toBe(3);
    expect(await page.locator('#playground-parameter-prompt').getAttribute('required')).toBe('');
    expect(
      await page.locator('#playground-templates button[aria-pressed="true"]').getAttribute('data-template'),
    ).toBe('llm_analysis');
    await context.close();
  });

  test('out-of-range form value gets a WF503 marker at its line', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await page.locator('#playground-templates button[data-template="llm_analysis"]').click();
    await workflowSettled(page);

    await page.locator('#playground-parameter-temperature').fill('5');
    await workflowSettled(page);
    const text = await workflowText(page);
    const [expected] = validateWorkflow(text).diagnostics;
    const markers = await workflowMarkers(page);

    expect(text).toContain('\n    temperature: 5\n');
    expect(markers).toHaveLength(1);
    expect(markers[0]?.code).toBe('WF503');
    expect(markers[0]?.severity).toBe(errorSeverity);
    expect(markers[0]?.line).toBe(lineOf(text, 'temperature: 5'));
    expect(markers[0]?.column).toBe(18);
    expect(markers[0]?.message).toBe(expected?.message);
    expect(await page.locator('#playground-parameter-temperature-error').textContent()).toBe(
      'expected at most 2, found `5`',
    );
    expect(
      await page
        .locator('#playground-parameter-temperature')
        .evaluate((input) => (input as HTMLInputElement).validity.rangeOverflow),
    ).toBe(true);
    await context.close();
  });

  test('pattern mismatch in the form gets a WF503 marker', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await page.locator('#playground-templates button[data-template="llm_analysis"]').click();
    await workflowSettled(page);

    await page.locator('#playground-parameter-source_url').fill('ftp://news.example.com');
    await workflowSettled(page);
    const text = await workflowText(page);
    const markers = await workflowMarkers(page);

    expect(markers.map((marker) => [marker.code, marker.line])).toEqual([
      ['WF503', lineOf(text, 'source_url: ftp://news.example.com')],
    ]);
    expect(await page.locator('#playground-parameter-source_url-error').textContent()).toBe(
      'expected a string matching `https://.+`, found `ftp://news.example.com`',
    );
    await context.close();
  });

  test('clearing a required field gets a WF504 marker', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await page.locator('#playground-templates button[data-template="etl"]').click();
    await workflowSettled(page);

    await page.locator('#playground-parameter-target').fill('');
    await workflowSettled(page);
    const text = await workflowText(page);

    expect(text).not.toContain('target:');
    expect((await workflowMarkers(page)).map((marker) => marker.code)).toEqual(['WF504']);
    expect(await page.locator('#playground-parameter-target-error').textContent()).toBe(
      'a value is required',
    );
    await context.close();
  });

  test('form choices are written as typed values', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await page.locator('#playground-templates button[data-template="risk_report_generation"]').click();
    await workflowSettled(page);

    await page.locator('#playground-parameter-include_commentary').selectOption('false');
    await page.locator('#playground-parameter-group_by').fill('desk, book');
    await workflowSettled(page);
    const text = await workflowText(page);

    expect(text).toContain('\n    include_commentary: false\n');
    expect(text).toContain('\n    group_by: [ desk, book ]\n');
    expect(await workflowMarkers(page)).toEqual([]);
    await context.close();
  });

  test('editing the file refills the form', async () => {
    const { context, page } = await openPlayground(browser, server.origin);
    await page.locator('#playground-templates button[data-template="llm_analysis"]').click();
    await workflowSettled(page);

    await typeOver(page, 'workflow', 'research-summaries', 'other-bucket');

    await expect.poll(() => page.locator('#playground-parameter-bucket').inputValue()).toBe('other-bucket');
    await context.close();
  });

  test('no request leaves the preview server', async () => {
    const { context, page, urls } = await openPlayground(browser, server.origin);
    await page.locator('#playground-templates button[data-template="etl"]').click();
    await workflowSettled(page);
    await context.close();

    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== server.origin)).toEqual(
      [],
    );
  });
});
