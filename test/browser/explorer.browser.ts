/**
 * The explorer in a real browser, offline: every request that is not to the
 * hub is aborted, and GraphiQL still renders and shows the schema docs (it is
 * bundled from npm at build time). The role picker signs in with a demo token
 * and the next query runs as that role. SQLite: the database does not matter here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHub, type Hub } from '../helpers/hub.ts';
import { root } from '../helpers/spawned-hub.ts';
import { ensureExplorerBuilt } from '../helpers/explorer.ts';
import { chromiumAvailable, launchChromium, onlyReach, type Browser } from './chromium.ts';

const SCREENSHOTS = path.join(root, 'docs/screenshots');

describe.skipIf(!chromiumAvailable())('the explorer at GET /graphql, offline', () => {
  let hub: Hub;
  let browser: Browser;
  let origin: string;
  let elsewhere: string[] = [];
  const refusedByPolicy: string[] = [];

  beforeAll(async () => {
    ensureExplorerBuilt();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    hub = await startHub('sqlite');
    origin = new URL(hub.gateway.url).origin;
    browser = await launchChromium();
    // Offline: the page must not need anything but the hub.
    elsewhere = await onlyReach(browser.context, origin);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function openExplorer(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refusedByPolicy.push(message.text());
    });
    const response = await page.goto(`${origin}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await page.locator('.graphiql-container').waitFor();
    return page;
  }

  it('renders GraphiQL and shows the schema docs, with nothing loaded from anywhere but the hub', async () => {
    const page = await openExplorer();
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('certificateStandards', { exact: true }).first().waitFor();
    await docs.getByText('CertificateStandard', { exact: true }).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-docs.png') });
    expect(elsewhere).toEqual([]);
    expect(refusedByPolicy).toEqual([]);
    await page.close();
  });

  it('signs in from the role picker, and the next query runs as that role', async () => {
    const page = await openExplorer();
    await page.getByLabel('Demo role').selectOption({ label: 'Hub administrator' });
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/^Signed in as Hub administrator/);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    // Cleared first and inserted as one edit: a typed "{" would wrap the selection, and typed keys meet Monaco's bracket auto-closing.
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText('{ students(first: 1) { totalCount } }');
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 20_000 }).toMatch(/"totalCount":\s+[1-9]\d*/);
    expect(await page.locator('.graphiql-response').innerText()).not.toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-signed-in.png') });
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
