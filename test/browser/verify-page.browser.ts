/**
 * The public verify page in a real browser: a person pastes a credential the
 * hub exported, or opens a share link, and reads the verdict check by check.
 * The page may reach only the hub: any other request is refused and recorded.
 * The database does not matter to the page, so the hub runs on SQLite here;
 * the transcript's own suite covers both databases.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';
import { root } from '../helpers/spawned-hub.ts';
import { chromiumAvailable, launchChromium, onlyReach, type Browser } from './chromium.ts';

type Credential = Record<string, unknown>;

const SCREENSHOTS = path.join(root, 'reports/browser');
const NET_GRADUATE = learnerId(2021, 1); // X-NED-1 and X-NE-2 from Zhongxin, both valid
const REVOKED_HOLDER = learnerId(2022, 4); // holds the demo's revoked X-NED-1
const PROGRESSING = 'GT2024000013';
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!chromiumAvailable())('the public verify page, in Chromium', () => {
  let hub: Hub;
  let browser: Browser;
  let origin: string;
  let elsewhere: string[] = [];

  beforeAll(async () => {
    // A portal is held to an allowlist of trusted documents; the page, which sends
    // no client key, asks verifyCredential like any anonymous client, under CSRF prevention.
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const manifest = path.join(SCREENSHOTS, 'portal-manifest.json');
    const portalQuery = '{ colleges { nodes { id } } }';
    fs.writeFileSync(manifest, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: createHash('sha256').update(portalQuery).digest('hex'), name: 'Colleges', type: 'query', body: portalQuery }] }));
    hub = await startHub('sqlite', { env: { TRUSTED_DOCUMENTS_MANIFEST: manifest, TRUSTED_DOCUMENTS_CLIENTS: 'portal-key' } });
    origin = new URL(hub.gateway.url).origin;
    browser = await launchChromium();
    // Offline: the page must not need anything but the hub.
    elsewhere = await onlyReach(browser.context, origin);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function certificatesOf(studentId: string): Promise<Array<{ serial: string; status: string; credential: Credential }>> {
    const token = await hub.token({ role: 'STUDENT', student: studentId });
    const res = await hub.query<{ student: { certificates: { nodes: Array<{ serial: string; status: string; credential: Credential }> } } }>(
      'query($id: LearnerId!) { student(id: $id) { certificates { nodes { serial status credential } } } }', { id: studentId }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.student.certificates.nodes;
  }

  async function openPage(query = ''): Promise<Page> {
    const page = await browser.context.newPage();
    const response = await page.goto(`${origin}/verify${query}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  // The page's DOM, read in the page: this suite is compiled without the DOM's types.
  const focused = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id);

  /** Pastes the credential and submits with the keyboard alone: Tab to the button, Enter. */
  async function pasteAndVerify(page: Page, credential: Credential): Promise<void> {
    await page.getByLabel('Credential (JSON)').fill(JSON.stringify(credential, null, 2));
    await page.keyboard.press('Tab'); // the file chooser
    await page.keyboard.press('Tab'); // the Verify button
    expect(await focused(page)).toBe('verify-button');
    await page.keyboard.press('Enter');
    await page.locator('#result:not([hidden])').waitFor();
  }

  const checks = (page: Page) => page.locator('#checks > li').allInnerTexts();

  it('verifies a valid certificate: the verdict, each check, the issuer, the achievement and its recognitions', async () => {
    const valid = (await certificatesOf(NET_GRADUATE)).find((a) => a.serial.startsWith('NED1-'))!;
    const page = await openPage();
    await pasteAndVerify(page, valid.credential);
    expect(await page.locator('#verdict').innerText()).toBe('Valid credential');
    expect(await focused(page)).toBe('verdict');
    expect(await page.locator('#summary').innerText()).toMatch(/^This credential is valid: /);
    expect(await checks(page)).toEqual([
      expect.stringMatching(/^Passed\s*proof: the eddsa-rdfc-2022 signature matches/),
      expect.stringMatching(/^Passed\s*issuerKey: signed with did:web:\S+:issuers:org-zhongxin#key-1/),
      expect.stringMatching(/^Passed\s*status: the issuer's status list does not mark the credential as revoked/),
      expect.stringMatching(/^Passed\s*validity: /),
      expect.stringMatching(/^Passed\s*knownIssuer: issued by Zhongxin Network Skills Evaluation Centre/),
      expect.stringMatching(/^Passed\s*accredited: org-zhongxin was accredited for X-NED-1 on \d{4}-\d{2}-\d{2}/),
      expect.stringMatching(/^Passed\s*schema: the credential conforms to 1EdTech's Open Badges 3.0 JSON Schema/),
    ]);
    expect(await page.locator('#issuer').innerText()).toContain('Zhongxin Network Skills Evaluation Centre (org-zhongxin)');
    expect(await page.locator('#achievement').innerText()).toMatch(/Network Equipment Debugger[\s\S]*X-NED-1[\s\S]*ENTRY/);
    expect(await page.locator('#recognitions > li').allInnerTexts()).toContainEqual(expect.stringMatching(/^Counts as E-TY-NT Tianyi Certified Network Technician/));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'verify-valid.png'), fullPage: true });
    await page.close();
  });

  it('tells a revoked certificate apart: it still verifies cryptographically, and its status check fails', async () => {
    const revoked = (await certificatesOf(REVOKED_HOLDER)).find((a) => a.status === 'REVOKED')!;
    const page = await openPage();
    await pasteAndVerify(page, revoked.credential);
    expect(await page.locator('#verdict').innerText()).toBe('NOT a valid credential');
    expect(await page.locator('#summary').innerText()).toBe("This credential is NOT valid: the issuer's status list marks the credential as revoked.");
    const failed = await page.locator('#checks > li.failed').allInnerTexts();
    expect(failed).toEqual([expect.stringMatching(/^Failed\s*status: the issuer's status list marks the credential as revoked$/)]);
    expect(await page.locator('#checks > li.passed').allInnerTexts()).toContainEqual(expect.stringMatching(/^Passed\s*proof:/));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'verify-revoked.png'), fullPage: true });
    await page.close();
  });

  it('verifies a five-year transcript and lists each credential it holds with its own verdict', async () => {
    const registrar = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    expect((await hub.query('mutation($id: ID!) { progressStudent(studentId: $id) { stage } }', { id: PROGRESSING }, registrar)).errors).toBeUndefined();
    const res = await hub.query<{ student: { transcriptCredential: Credential } }>('query($id: LearnerId!) { student(id: $id) { transcriptCredential } }', { id: PROGRESSING }, await hub.token({ role: 'STUDENT', student: PROGRESSING }));
    expect(res.errors).toBeUndefined();
    const page = await openPage();
    await pasteAndVerify(page, res.data!.student.transcriptCredential);
    expect(await page.locator('#verdict').innerText()).toBe('Valid credential');
    expect(await page.locator('#checks > li').allInnerTexts()).toContainEqual(expect.stringMatching(/^Passed\s*embedded: each of the 4 credentials it holds verifies on its own$/));
    expect(await page.locator('#embedded > li h4').allInnerTexts()).toEqual([
      expect.stringMatching(/^Secondary stage: .*: valid$/),
      expect.stringMatching(/^Progression to the higher stage: .*: valid$/),
      expect.stringMatching(/^Higher stage: .*: valid$/),
      'X-NED-1 Network Equipment Debugger: valid',
    ]);
    expect(await page.locator('#recognitions > li').allInnerTexts()).toEqual([expect.stringMatching(/^E-TY-NT: Counted as held: certificate NED1-/)]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'verify-transcript.png'), fullPage: true });
    await page.close();
  });

  it('opens a learner\'s share link, verifies it at once and shows the link\'s QR code', async () => {
    const token = await hub.token({ role: 'STUDENT', student: NET_GRADUATE });
    const serial = (await certificatesOf(NET_GRADUATE))[0].serial;
    const res = await hub.query<{ shareCertificateCredential: { url: string; verifyUrl: string; qrCodeSvg: string } }>(
      'mutation($s: ID!) { shareCertificateCredential(serial: $s) { url verifyUrl qrCodeSvg } }', { s: serial }, token);
    expect(res.errors).toBeUndefined();
    const share = res.data!.shareCertificateCredential;
    const secret = share.url.split('/').pop()!;
    expect(share.verifyUrl).toBe(`${hub.config.credentials.publicUrl}/verify?shared=${secret}`);
    expect(share.qrCodeSvg).toMatch(/^<svg /);
    const page = await openPage(`?shared=${secret}`);
    await page.locator('#result:not([hidden])').waitFor();
    expect(await page.locator('#verdict').innerText()).toBe('Valid credential');
    expect(await page.getByLabel('Credential (JSON)').inputValue()).toContain(serial);
    const qr = page.getByRole('img', { name: 'QR code that opens this verification' });
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth > 0)).toBe(true);
    expect(await page.locator('#share-link').innerText()).toBe(`${origin}/verify?shared=${secret}`);
    await page.close();
  });

  it('says what is wrong with text that is not a credential, and a link that names no share', async () => {
    const page = await openPage();
    await page.getByLabel('Credential (JSON)').fill('certificate NED1-2026-000001, Li Wei');
    await page.getByRole('button', { name: 'Verify' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('This is not JSON: a credential is a JSON object starting with {. Paste it exactly as you received it.');
    await page.close();
    const unknown = await openPage('?shared=nothing-shared-under-this-secret');
    // The alert is in the page from the start; the message arrives once the hub has answered.
    await expect.poll(() => unknown.getByRole('alert').innerText()).toBe('This share link is unknown, has expired or was revoked by the learner.');
    await unknown.close();
  });

  it('asks with the one operation it ships, which the trusted-documents allowlist leaves to anonymous clients, not to a bound portal', async () => {
    const pageScript = path.join(root, 'gateway/verify-page/verify.js');
    const { OPERATION } = (await import(pageScript)) as { OPERATION: string };
    const credential = (await certificatesOf(NET_GRADUATE))[0].credential;
    const body = JSON.stringify({ operationName: 'VerifyCredential', query: OPERATION, variables: { credential } });
    const asPage = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(asPage.status).toBe(200);
    expect(((await asPage.json()) as { data: { verifyCredential: { verified: boolean } } }).data.verifyCredential.verified).toBe(true);
    const asPortal = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-guantong-client-key': 'portal-key' }, body });
    expect(asPortal.status).toBe(403);
    // CSRF prevention: a form-encodable request cannot run it.
    const simple = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    expect(simple.status).toBe(400);
  });

  it('is usable with assistive technology (axe-core finds no violation) and loaded nothing from anywhere but the hub', async () => {
    const page = await openPage();
    await pasteAndVerify(page, (await certificatesOf(NET_GRADUATE))[0].credential);
    // Evaluated over the DevTools protocol, which the page's own policy does not govern.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const { axe } = globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };
      const results = await axe.run();
      return results.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
    expect(elsewhere).toEqual([]);
  });
});
