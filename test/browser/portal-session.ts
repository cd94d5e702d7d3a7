/**
 * Driving the reference portal in Chromium: build it, open it from the hub
 * at /portal/, sign in as a demo role, and check a page with axe-core.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { root } from '../helpers/spawned-hub.ts';

export const SCREENSHOTS = path.join(root, 'docs/screenshots');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Builds the portal as `npm run build` does, so the test runs what the gateway serves. */
export function buildPortal(): void {
  execFileSync('npm', ['run', 'build', '-w', 'portal'], { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}

/** Opens a portal page and signs in as the demo role with this label (none: anonymous). */
export async function openPortal(page: Page, origin: string, hash: string, role?: string): Promise<void> {
  const response = await page.goto(`${origin}/portal/#/${hash}`);
  expect(response?.status()).toBe(200);
  if (!role) return;
  const picker = page.getByLabel('Demo role');
  await picker.locator('option', { hasText: role }).first().waitFor({ state: 'attached' });
  await picker.selectOption({ label: role });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${role}`).waitFor();
}

/** axe-core over the page: no violation of serious or critical impact. */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated over the DevTools protocol, which the page's own policy does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } };
    const results = await axe.run();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
