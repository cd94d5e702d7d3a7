/**
 * The portal's learner page in Chromium: the learner's college signs in and
 * sees their competency radar against their target job (SVG, with its figures in a
 * table), the modules recommended next with their reasons, their module
 * progress and their learning reports, latest first; the printable report
 * opens, keyboard only, in a sandboxed frame. axe-core checks the page and the
 * report; the screenshots go to docs/screenshots/.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';
import { chromiumAvailable, launchChromium, onlyReach, type Browser } from './chromium.ts';
import { buildPortal, expectAccessible, openPortal, screenshot, SCREENSHOTS } from './portal-session.ts';

const COLLEGE = 'Metro Higher Vocational and Technical College staff';
const ID = learnerId(2023, 1); // aims at 5G base station engineer; four modules passed, a recommendation open
const JOB = '5G base station engineer';
const PERCENT = /^\d{1,3}\.\d%$/;

interface Radar { axes: { kind: string; attained: number; required: number | null }[] }
interface Reports { nodes: { id: string; asOf: string; module: { code: string } }[] }

describe.skipIf(!chromiumAvailable())('the portal\'s learner page, in Chromium', () => {
  let hub: Hub;
  let browser: Browser;
  let page: Page;
  let elsewhere: string[] = [];
  let radar: Radar;
  let reports: Reports;
  let recommended: string[];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    buildPortal();
    hub = await startHub('sqlite');
    const origin = new URL(hub.gateway.url).origin;
    // What the page must show, asked of the hub directly with the same role.
    const token = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    const res = await hub.query<{ student: { competencyRadar: Radar; learningReports: Reports; moduleRecommendations: { nodes: { module: { code: string } }[] } } }>(
      `query($id: LearnerId!) { student(id: $id) { competencyRadar { axes { kind attained required } }
        moduleRecommendations(first: 5) { nodes { module { code } } } learningReports(first: 10) { nodes { id asOf module { code } } } } }`, { id: ID }, token);
    expect(res.errors).toBeUndefined();
    ({ competencyRadar: radar, learningReports: reports } = res.data!.student);
    recommended = res.data!.student.moduleRecommendations.nodes.map((n) => n.module.code);
    browser = await launchChromium();
    elsewhere = await onlyReach(browser.context, origin);
    page = await browser.context.newPage();
    await openPortal(page, origin, 'growth', COLLEGE);
    await page.getByLabel('Learner id').fill(ID);
    await page.getByRole('button', { name: 'Show growth' }).click();
    await page.getByRole('article', { name: /^Growth of / }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('draws the radar as an image with a text alternative, the learner\'s polygon beside the target job\'s', async () => {
    const chart = page.getByRole('img', { name: /^Competency radar as of \d{4}-\d{2}-\d{2}$/ });
    await chart.waitFor();
    expect(await chart.getAttribute('aria-describedby')).toBe('radar-desc');
    expect(await page.locator('#radar-desc').textContent()).toMatch(/^Knowledge \d+% of a required \d+%; .*Requirement of 5G base station engineer drawn dashed\.$/);
    expect(await page.locator('polygon.radar-attained').getAttribute('points')).toMatch(/^[\d.]+,[\d.]+( [\d.]+,[\d.]+){2,}$/);
    expect(await page.locator('polygon.radar-required').count()).toBe(1);
    const rows = await page.locator('#radar-table tbody tr').allInnerTexts();
    expect(rows).toHaveLength(radar.axes.length);
    radar.axes.forEach((axis, i) => {
      const [name, attained, required] = rows[i].split('\t');
      expect(name.toUpperCase()).toBe(axis.kind);
      expect(attained).toMatch(PERCENT);
      expect(attained).toBe(`${(axis.attained * 100).toFixed(1)}%`);
      expect(required).toBe(`${((axis.required ?? 0) * 100).toFixed(1)}%`);
    });
  });

  it('lists the recommended modules in order, each with its reason', async () => {
    const items = page.locator('#recommendations > li');
    await items.first().waitFor();
    expect(recommended.length).toBeGreaterThan(0);
    expect(await items.locator('h3').allInnerTexts()).toEqual(recommended.map((code) => expect.stringMatching(new RegExp(`^${code} `))));
    for (const reason of await items.locator('.reason').allInnerTexts()) expect(reason).toContain(JOB);
  });

  it('shows module progress and the learning reports, latest first', async () => {
    await page.locator('#module-progress tbody tr').first().waitFor();
    expect(await page.locator('#module-progress tbody tr').allInnerTexts()).toContainEqual(expect.stringMatching(/\t(Enrolled|In progress|Passed|Failed)\t\d{4}-\d{2}-\d{2}\t/));
    const headings = page.locator('article.report h3');
    await headings.first().waitFor();
    expect(reports.nodes.length).toBeGreaterThan(0);
    expect(await headings.allInnerTexts()).toEqual(reports.nodes.map((r) => expect.stringMatching(new RegExp(`^${r.module.code} .*, assessed ${r.asOf}: \\d+ \\((passed|not passed)\\)$`))));
    const dates = reports.nodes.map((r) => r.asOf);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('article.report .exam-gate').first().innerText()).toMatch(/^Exam gate: \S/);
    await expectAccessible(page);
    await screenshot(page, 'portal-learner');
  });

  it('opens the latest report\'s printable page, keyboard only, in a sandboxed frame', async () => {
    const latest = reports.nodes[0];
    const open = page.locator('article.report').first().getByRole('button', { name: 'Printable report' });
    await open.focus();
    await page.keyboard.press('Enter');
    const frame = page.locator('iframe.printable');
    await frame.waitFor();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('title')).toBe(`Printable learning report: ${latest.module.code} assessed ${latest.asOf}`);
    const report = page.frameLocator('iframe.printable');
    await report.locator('svg').first().waitFor();
    expect(await report.locator('body').innerText()).toContain(latest.module.code);
    await expectAccessible(page);
    await frame.screenshot({ path: `${SCREENSHOTS}/portal-learning-report.png` });
    await page.getByRole('button', { name: 'Close the printable report' }).click();
    expect(await page.locator('iframe.printable').count()).toBe(0);
  });

  it('reached nothing but the hub', () => {
    expect(elsewhere).toEqual([]);
  });
});
