/**
 * The JSON-LD document loader for signing and verifying. It answers from the
 * shipped contexts, from the DID documents its resolver knows, and from the
 * documents (status lists) its fetcher is given; it refuses every other URL,
 * so verifying a credential never reaches the network on the credential's say.
 */
import type { DocumentLoader } from '@digitalbazaar/vc';
import { SHIPPED_CONTEXTS } from './contexts.ts';
import { findVerificationMethod, type DidDocument } from './did.ts';

/** Answers a DID (without fragment) with its document, or undefined when it is not known. */
export type DidResolver = (did: string) => Promise<DidDocument | undefined>;
/** Answers a URL that is neither a context nor a DID (a status list), or undefined to refuse it. */
export type DocumentFetcher = (url: string) => Promise<object | undefined>;

export interface LoaderOptions {
  resolveDid?: DidResolver;
  fetchDocument?: DocumentFetcher;
}

/** Thrown for a URL the loader will not load; its message names the URL. */
export class RefusedDocumentError extends Error {}

const loaded = (url: string, document: unknown) => ({ contextUrl: null, documentUrl: url, document });

/** A resolver for DID documents pinned in advance (for example, fetched once and kept). */
export function pinnedDids(documents: Iterable<DidDocument>): DidResolver {
  const byId = new Map([...documents].map((d) => [d.id, d]));
  return async (did) => byId.get(did);
}

async function loadDid(url: string, resolveDid: DidResolver | undefined): Promise<unknown> {
  const [did, fragment] = url.split('#');
  const document = resolveDid && (await resolveDid(did));
  if (!document) throw new RefusedDocumentError(`the DID ${did} is not one this verifier knows`);
  if (fragment === undefined) return document;
  const method = findVerificationMethod(document, url);
  if (!method) throw new RefusedDocumentError(`the DID document of ${did} has no verification method ${url}`);
  return method;
}

export function createDocumentLoader(options: LoaderOptions = {}): DocumentLoader {
  return async (url: string) => {
    const context = SHIPPED_CONTEXTS.get(url);
    if (context) return loaded(url, context);
    if (url.startsWith('did:')) return loaded(url, await loadDid(url, options.resolveDid));
    const document = options.fetchDocument && (await options.fetchDocument(url));
    if (document) return loaded(url, document);
    throw new RefusedDocumentError(`refused to load ${url}: it is neither a shipped JSON-LD context nor a document this verifier may fetch`);
  };
}
