/**
 * Trusted documents: portal clients whose key is bound to the allowlist may run
 * only operations in the manifest. Two formats are read as they are written:
 * Apollo's persisted query manifest, and the client preset's
 * `persisted-documents.json` (`{ "sha256:<hash>": "<text>" }`), which the
 * portal's codegen writes. Clients send `documentId` (or
 * `extensions.persistedQuery.sha256Hash`), with or without the `sha256:`
 * prefix, and the gateway substitutes the registered text. APQ is disabled: it
 * is a cache, and would let a client register anything.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { Config } from '@guantong/shared/config';

export const CLIENT_KEY_HEADER = 'x-guantong-client-key';

interface ApolloManifest {
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

const bareHash = (id: string) => id.replace(/^sha256:/, '');

/**
 * The manifest's documents by SHA-256 (hex, no prefix). A client-preset entry
 * whose key is not the SHA-256 of its text (say, written with `hashAlgorithm:
 * 'sha1'`) stops the start: clients would send ids the gateway cannot match.
 */
export function readManifest(manifestPath: string): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ApolloManifest | Record<string, unknown>;
  if (manifest.format === 'apollo-persisted-query-manifest') {
    return new Map((manifest as ApolloManifest).operations.map((op) => [bareHash(op.id), op.body]));
  }
  const entries = Object.entries(manifest);
  if ('format' in manifest || !entries.length || entries.some(([, body]) => typeof body !== 'string')) {
    throw new Error(`${manifestPath} is neither an Apollo persisted query manifest nor a client-preset persisted-documents.json`);
  }
  return new Map(entries.map(([id, body]) => {
    if (bareHash(id) !== sha256(body as string)) throw new Error(`${manifestPath}: ${id} is not the SHA-256 of its document (generate it with hashAlgorithm 'sha256')`);
    return [bareHash(id), body as string];
  }));
}

export function loadTrustedDocuments(config: Config): TrustedDocuments {
  const { manifestPath, clientKeys } = config.trustedDocuments;
  const byId = manifestPath ? readManifest(manifestPath) : new Map<string, string>();
  const bound = new Set(clientKeys);
  return {
    check(req, body) {
      const key = req.headers[CLIENT_KEY_HEADER];
      if (typeof key !== 'string' || !bound.has(key)) return { ok: true };
      if (req.method !== 'POST' || !body) return { ok: false, status: 400, message: 'clients bound to trusted documents send POST requests with a documentId' };
      const extensions = body.extensions as { persistedQuery?: { sha256Hash?: string } } | undefined;
      const sent = typeof body.documentId === 'string' ? body.documentId : extensions?.persistedQuery?.sha256Hash;
      const id = sent ? bareHash(sent) : undefined;
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
