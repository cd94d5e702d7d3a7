/**
 * The allowlist reads the portal's generated manifest as it is (the client
 * preset's persisted-documents.json), as well as Apollo's format.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { CLIENT_KEY_HEADER, loadTrustedDocuments, readManifest, sha256 } from './trusted-documents.ts';

const PORTAL_MANIFEST = path.resolve(import.meta.dirname, '../../portal/src/generated/persisted-documents.json');
const portalDocuments = JSON.parse(fs.readFileSync(PORTAL_MANIFEST, 'utf8')) as Record<string, string>;

const asPortal = (key = 'portal-key') => ({ method: 'POST', headers: { [CLIENT_KEY_HEADER]: key } }) as unknown as http.IncomingMessage;

function writeManifest(content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gt-trusted-')), 'manifest.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

const allowlist = (manifest: string) => loadTrustedDocuments(loadConfig({ GUANTONG_MODE: 'demo', TRUSTED_DOCUMENTS_MANIFEST: manifest, TRUSTED_DOCUMENTS_CLIENTS: 'portal-key' }));

describe('trusted documents from the portal\'s codegen', () => {
  const [[id, text]] = Object.entries(portalDocuments).filter(([, body]) => body.startsWith('query FiveYearTimeline'));

  it('runs a portal operation sent by its APQ hash, with or without the sha256: prefix, with the registered text', () => {
    const trusted = allowlist(PORTAL_MANIFEST);
    for (const hash of [id, id.replace(/^sha256:/, '')]) {
      const body: Record<string, unknown> = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { id: 'GT202200001X' } };
      expect(trusted.check(asPortal(), body)).toEqual({ ok: true });
      expect(body.query).toBe(text);
      expect(body.extensions).toBeUndefined();
    }
    const byDocumentId: Record<string, unknown> = { documentId: id };
    expect(trusted.check(asPortal(), byDocumentId)).toEqual({ ok: true });
    expect(byDocumentId.query).toBe(text);
  });

  it('refuses the portal any document not in its manifest, and leaves other clients alone', () => {
    const trusted = allowlist(PORTAL_MANIFEST);
    const other = '{ colleges { id } }';
    expect(trusted.check(asPortal(), { query: other })).toMatchObject({ ok: false, status: 403 });
    expect(trusted.check(asPortal(), { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(other) } } })).toMatchObject({ ok: false, status: 403 });
    expect(trusted.check(asPortal('another-key'), { query: other })).toEqual({ ok: true });
  });

  it('refuses to start on a client-preset manifest whose ids are not the SHA-256 of their text', () => {
    const sha1Keyed = writeManifest({ '0123456789abcdef0123456789abcdef01234567': 'query A { colleges { id } }' });
    expect(() => readManifest(sha1Keyed)).toThrow(/is not the SHA-256 of its document/);
    expect(() => readManifest(writeManifest({ format: 'something-else' }))).toThrow(/neither an Apollo persisted query manifest nor/);
  });

  it('still reads Apollo\'s persisted query manifest', () => {
    const body = '{ colleges { id } }';
    const manifest = writeManifest({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(body), name: 'Colleges', type: 'query', body }] });
    expect(readManifest(manifest)).toEqual(new Map([[sha256(body), body]]));
  });
});

describe('the demo binding', () => {
  it('holds the reference portal\'s client key to the portal\'s manifest unless a manifest is configured', () => {
    const demo = loadConfig({ GUANTONG_MODE: 'demo' });
    expect(demo.trustedDocuments).toEqual({ manifestPath: PORTAL_MANIFEST, clientKeys: ['guantong-portal-demo'] });
    expect(loadConfig({ GUANTONG_MODE: 'demo', TRUSTED_DOCUMENTS_MANIFEST: '/tmp/m.json', TRUSTED_DOCUMENTS_CLIENTS: 'k' }).trustedDocuments).toEqual({ manifestPath: '/tmp/m.json', clientKeys: ['k'] });
  });
});
