/**
 * Trusted documents: portal clients whose key is bound to the allowlist may run
 * only operations in the manifest (Apollo's persisted query manifest format).
 * They send `documentId` (or `extensions.persistedQuery.sha256Hash`) and the
 * gateway substitutes the registered text. APQ is disabled: it is a cache, and
 * would let a client register anything.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { Config } from '@guantong/shared/config';

export const CLIENT_KEY_HEADER = 'x-guantong-client-key';

interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: string; body: string }[];
}

export type BodyCheck = { ok: true } | { ok: false; status: number; message: string };

export interface TrustedDocuments {
  /** Checks (and for document ids, fills in) a parsed request body. */
  check(req: http.IncomingMessage, body: Record<string, unknown> | undefined): BodyCheck;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function loadTrustedDocuments(config: Config): TrustedDocuments {
  const { manifestPath, clientKeys } = config.trustedDocuments;
  const byId = new Map<string, string>();
  if (manifestPath) {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.format !== 'apollo-persisted-query-manifest') throw new Error(`${manifestPath} is not an Apollo persisted query manifest`);
    for (const op of manifest.operations) byId.set(op.id, op.body);
  }
  const bound = new Set(clientKeys);
  return {
    check(req, body) {
      const key = req.headers[CLIENT_KEY_HEADER];
      if (typeof key !== 'string' || !bound.has(key)) return { ok: true };
      if (req.method !== 'POST' || !body) return { ok: false, status: 400, message: 'clients bound to trusted documents send POST requests with a documentId' };
      const extensions = body.extensions as { persistedQuery?: { sha256Hash?: string } } | undefined;
      const id = typeof body.documentId === 'string' ? body.documentId.replace(/^sha256:/, '') : extensions?.persistedQuery?.sha256Hash;
      const query = typeof body.query === 'string' ? body.query : undefined;
      const registered = id ? byId.get(id) : query ? byId.get(sha256(query)) : undefined;
      if (!registered || (query && query !== registered)) {
        return { ok: false, status: 403, message: 'this client may run only registered operations: send the documentId of an operation in the trusted documents manifest' };
      }
      body.query = registered;
      delete body.documentId;
      delete body.extensions;
      return { ok: true };
    },
  };
}
