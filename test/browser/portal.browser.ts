/**
 * The reference portal's user stories in Chromium, each page checked with
 * axe-core: a learner's five-year timeline, a school's roster paged with
 * Apollo's Relay helper, an enterprise's certificate check, a learner's
 * consents and access log, and the curriculum committee's page. The gateway
 * serves the built portal at /portal/ in demo mode and holds it to the
 * trusted-documents allowlist: every GraphQL request carries an operation id,
 * never a document. The page reaches nothing but the hub. The database does not
 * matter to the portal, so the hub runs on SQLite.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';
import { chromiumAvailable, launchChromium, onlyReach, type Browser } from './chromium.ts';
import { buildPortal, expectAccessible, openPortal, screenshot, SCREENSHOTS } from './portal-session.ts';

const LEARNER = 'Learner GT202200001X (higher stage, Network Technology)';
const SCHOOL = 'Riverside Secondary Vocational School staff';
const COLLEGE = 'Metro Higher Vocational and Technical College staff';
const EVALUATOR = 'Zhongxin Network Skills Evaluation Centre staff';
const PROGRESSING = 'GT2024000013';
const CERTIFIED = learnerId(2021, 1); // holds a valid X-NED-1 from Zhongxin

interface GraphQLRequest {
  query?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
  clientKey?: string;
}

describe.skipIf(!chromiumAvailable())('the reference portal, in Chromium', () => {
  let hub: Hub;
  let browser: Browser;
  let origin: string;
  let elsewhere: string[] = [];
  const graphqlRequests: GraphQLRequest[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    buildPortal();
    hub = await startHub('sqlite');
    origin = new URL(hub.gateway.url).origin;
    browser = await launchChromium();
    elsewhere = await onlyReach(browser.context, origin);
    browser.context.on('request', (request) => {
      if (request.url() === hub.gateway.url && request.method() === 'POST') graphqlRequests.push({ ...(request.postDataJSON() as GraphQLRequest), clientKey: request.headers()['x-guantong-client-key'] });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function newPage(hash: string, role?: string): Promise<Page> {
    const page = await browser.context.newPage();
    await openPortal(page, origin, hash, role);
    return page;
  }

  const rowsOf = (page: Page, table: string) => page.locator(`${table} tbody tr`).allInnerTexts();

  it('shows a learner their five-year timeline: both stages, certificates with recognitions, credit transfers with explanations', async () => {
    const page = await newPage('timeline', LEARNER);
    const timeline = page.getByRole('article', { name: /^Timeline of / });
    await timeline.waitFor();
    expect(await page.locator('.lead').innerText()).toMatch(/\(GT202200001X\): .*cohort 2022, now at the HIGHER stage\./);
    expect(await rowsOf(page, 'table:has(caption:text("Secondary stage: course results"))')).toContainEqual(expect.stringMatching(/^NET-S101 .*\tPassed$/));
    expect((await rowsOf(page, 'table:has(caption:text("Higher stage: course results"))')).length).toBeGreaterThan(0);
    expect(await page.locator('.certificates h3').allInnerTexts()).toContainEqual(expect.stringMatching(/^X-NED-1 Network Equipment Debugger/));
    expect(await page.locator('.certificates li li').allInnerTexts()).toContainEqual(expect.stringMatching(/^Recognised as E-TY-NT /));
    expect(await page.locator('section:has(#transfers-h) li').allInnerTexts()).toContainEqual(expect.stringMatching(/^APPLIED The learner is excused from NET-H210 and earns 4 credits under rule 1/));
    expect(await page.locator('section:has(#transfers-h) p').innerText()).toBe('4 credits count (at most 8 under the agreement).');
    expect(await page.locator('section:has(#progression-h) .explanation').innerText()).toMatch(/^The learner is at the HIGHER stage/);
    await expectAccessible(page);
    await screenshot(page, 'portal-timeline');
    await page.close();
  });

  it('shows the school or college the recorded progression decision, with the checks and the credit it confirmed', async () => {
    const registrar = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    expect((await hub.query('mutation($id: ID!) { progressStudent(studentId: $id) { stage } }', { id: PROGRESSING }, registrar)).errors).toBeUndefined();
    const page = await newPage('timeline', COLLEGE);
    await page.getByLabel('Learner id').fill(PROGRESSING);
    await page.getByRole('button', { name: 'Show timeline' }).click();
    const progression = page.locator('section:has(#progression-h)');
    await progression.getByText(/^Decided on /).waitFor();
    expect(await progression.locator('.checks li').allInnerTexts()).toHaveLength(3);
    expect(await progression.locator('.transfers li').allInnerTexts()).toEqual([expect.stringMatching(/^CONFIRMED The learner is excused from NET-H210 and earns 4 credits under rule 1 .*certificate NED1-2026-/)]);
    await expectAccessible(page);
    await page.close();
  });

  it('pages through a school\'s roster with "Load more", keyboard only, without losing or repeating a learner', async () => {
    const staff = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const expected: string[] = [];
    for (let after: string | null = null, more = true; more;) {
      const page: { data?: { students: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { id: string }[] } } | null } = await hub.query(
        'query($after: String) { students(first: 100, after: $after) { pageInfo { endCursor hasNextPage } nodes { id } } }', { after }, staff);
      expected.push(...page.data!.students.nodes.map((s) => s.id));
      ({ endCursor: after, hasNextPage: more } = page.data!.students.pageInfo);
    }
    expect(expected.length).toBeGreaterThan(10);
    const page = await newPage('timeline', SCHOOL);
    await page.getByRole('link', { name: 'School roster' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'School roster' }).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { tagName: string } } }).document.activeElement.tagName)).toBe('H1');
    const count = page.locator('#roster-count');
    await count.waitFor();
    expect(await count.innerText()).toBe(`Showing 5 of ${expected.length} learners.`);
    for (let shown = 5; shown < expected.length; shown += 5) {
      await page.getByRole('button', { name: 'Load more' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(`Showing ${Math.min(shown + 5, expected.length)} of ${expected.length} learners.`).waitFor();
      if (shown === 5) await screenshot(page, 'portal-roster');
    }
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    const ids = await page.locator('table tbody th[scope="row"]').allInnerTexts();
    expect(ids).toEqual(expected);
    await expectAccessible(page);
    await page.close();
  });

  it('lets an enterprise check a certificate by serial and name, and says what it is recognised as', async () => {
    const learner = await hub.token({ role: 'STUDENT', student: CERTIFIED });
    const holder = await hub.query<{ student: { name: string; certificates: { nodes: { serial: string; status: string; standard: { code: string } }[] } } }>(
      'query($id: LearnerId!) { student(id: $id) { name certificates(first: 50) { nodes { serial status standard { code } } } } }', { id: CERTIFIED }, learner);
    const certificate = holder.data!.student.certificates.nodes.find((c) => c.standard.code === 'X-NED-1' && c.status === 'VALID')!;
    const page = await newPage('certificate-check', EVALUATOR);
    await page.getByLabel('Certificate serial').fill(certificate.serial);
    await page.getByLabel('Holder\'s name, as printed').fill(holder.data!.student.name);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: 'Authentic certificate' }).waitFor();
    expect(await page.locator('#certificate-summary').innerText()).toMatch(/^X-NED-1 Network Equipment Debugger .*: VALID\.$/);
    expect(await page.locator('#recognitions li').allInnerTexts()).toContainEqual(expect.stringMatching(/^E-TY-NT /));
    await expectAccessible(page);
    await screenshot(page, 'portal-certificate-check');
    await page.getByLabel('Holder\'s name, as printed').fill('Someone Else');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: 'Not an authentic certificate' }).waitFor();
    await page.close();
  });

  it('lets a learner grant consent, see who read the record under it, and revoke it', async () => {
    const page = await newPage('consents', LEARNER);
    await page.getByRole('heading', { name: 'Grant consent' }).waitFor();
    await page.getByLabel('Organisation').selectOption('org-tianyi');
    await page.getByLabel('RESULTS').check();
    await page.getByLabel('Purpose').fill('Hiring: network technician');
    await page.getByLabel('Expires on').fill('2027-06-30');
    await page.getByRole('button', { name: 'Grant consent' }).click();
    const grant = page.locator('#consents tbody tr', { hasText: 'Hiring: network technician' });
    await grant.waitFor();
    expect(await grant.innerText()).toMatch(/^org-tianyi\tRESULTS, CERTIFICATES\tHiring: network technician\t2027-06-30\tActive/);
    // The enterprise reads under the consent; the learner sees the read.
    const tianyi = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-tianyi' });
    expect((await hub.query('query($id: LearnerId!) { student(id: $id) { certificates(first: 10) { nodes { serial } } } }', { id: 'GT202200001X' }, tianyi)).errors).toBeUndefined();
    await page.reload();
    await page.locator('#access-log').waitFor();
    expect(await rowsOf(page, '#access-log')).toContainEqual(expect.stringMatching(/ENTERPRISE_STAFF \(org-tianyi\).*\tALLOWED/));
    await expectAccessible(page);
    await screenshot(page, 'portal-consents');
    await page.getByRole('button', { name: 'Revoke consent for org-tianyi: Hiring: network technician' }).click();
    await grant.getByText(/^Revoked /).waitFor();
    await page.close();
  });

  it('shows the curriculum committee the mapping table, the overlap and alignment before and after the reform, and the 4G → 5G course history', async () => {
    const page = await newPage('committee', COLLEGE);
    await page.locator('#mapping-table').waitFor();
    await page.locator('#alignment-figures').waitFor();
    expect(await rowsOf(page, '#mapping-table')).toEqual(expect.arrayContaining([
      'SECONDARY\tNT-S1 Basic Network Device Operation\tNET-S120 Network Device Configuration\tNetwork Equipment Debugger (ENTRY)\t40%\t30.0% (72 h)',
      'HIGHER\tNT-S5 Network Security Deployment\tNET-H201 Network Security Technology\tNetwork Engineer (INTERMEDIATE)\t60%\t45.0% (72 h)',
    ]));
    expect(await page.locator('#overlap-figures dd').allInnerTexts()).toEqual(['41.7%: 120 of 288 higher-stage hours', '5.0%: 8 of 160 higher-stage hours']);
    expect(await page.locator('#alignment-figures dd').allInnerTexts()).toEqual([
      '31.8%: 7 of 22 certificates held by 14 placed learners fit their job',
      '81.3%: 13 of 16 certificates held by 16 placed learners fit their job',
    ]);
    await page.locator('table.history').first().waitFor();
    const history = await page.locator('table.history tbody tr').allInnerTexts();
    expect(history).toEqual(expect.arrayContaining([
      '1\t4G Network Optimization\t3\t48\tfrom the start to 2025-08-31\t—',
      '2\t5G Network Architecture\t3\t48\t2025-09-01 to now\tADOPTED on 2024-12-20',
    ]));
    await expectAccessible(page);
    await screenshot(page, 'portal-committee');
    await page.close();
  });

  it('sent operation ids only, with its client key, and loaded nothing from anywhere but the hub', () => {
    expect(graphqlRequests.length).toBeGreaterThan(5);
    for (const request of graphqlRequests) {
      expect(request.query).toBeUndefined();
      expect(request.extensions?.persistedQuery?.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(request.clientKey).toBe('guantong-portal-demo');
    }
    expect(elsewhere).toEqual([]);
  });
});
