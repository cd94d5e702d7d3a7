// The public verify page: reads a credential (pasted, opened from a file, or
// fetched from a share link on this hub), asks the hub's verifyCredential
// through /graphql, and shows the verdict with each check. Every text from a
// credential is written with textContent, never as HTML.

export const OPERATION = `query VerifyCredential($credential: JSON!) {
  verifyCredential(credential: $credential) {
    verified
    summary
    checks { name passed message }
    issuer { id name }
    standard { code name level recognitions { counterpart { code name level } mutual effectiveFrom effectiveTo } }
    embedded { verified summary checks { name passed message } issuer { id name } }
  }
}`;

const SHARED_SECRET = /^[A-Za-z0-9_-]{20,100}$/;

const $ = (id) => document.getElementById(id);

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** The credential as an object, or an Error saying what is wrong with the text. */
export function parseCredential(text) {
  const trimmed = text.trim();
  if (!trimmed) return new Error('Paste a credential, or open a credential file, first.');
  let value;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return new Error('This is not JSON: a credential is a JSON object starting with {. Paste it exactly as you received it.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return new Error('This JSON is not a credential: a credential is one JSON object.');
  return value;
}

async function askHub(credential) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ operationName: 'VerifyCredential', query: OPERATION, variables: { credential } }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The hub answered ${response.status} without a verdict. Try again in a moment.`);
  }
  const result = body && body.data && body.data.verifyCredential;
  if (!result) {
    const message = body && body.errors && body.errors[0] && body.errors[0].message;
    throw new Error(message ? `The hub could not verify this: ${message}` : `The hub answered ${response.status} without a verdict.`);
  }
  return result;
}

const objectOr = (value) => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
const listOf = (value) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const typesOf = (credential) => listOf(credential.type).map(String);
const isClr = (credential) => typesOf(credential).includes('ClrCredential');

function define(list, term, value) {
  if (value === undefined || value === null || value === '') return;
  list.append(element('dt', term), element('dd', String(value)));
}

function renderChecks(list, checks) {
  clear(list);
  for (const check of checks) {
    const item = element('li', undefined, check.passed ? 'passed' : 'failed');
    item.append(element('span', check.passed ? 'Passed' : 'Failed', 'status'), element('strong', `${check.name}: `), document.createTextNode(check.message));
    list.append(item);
  }
}

function renderIssuer(credential, verification) {
  const list = $('issuer');
  clear(list);
  const issuer = objectOr(credential.issuer);
  define(list, 'Name', issuer.name);
  define(list, 'Identifier', typeof credential.issuer === 'string' ? credential.issuer : issuer.id);
  if (verification.issuer) define(list, 'On the hub', `${verification.issuer.name} (${verification.issuer.id})`);
}

function renderAchievement(credential, verification) {
  const list = $('achievement');
  clear(list);
  const subject = objectOr(listOf(credential.credentialSubject)[0]);
  if (isClr(credential)) {
    define(list, 'Record', credential.name);
    define(list, 'Description', credential.description);
    define(list, 'Credentials held', listOf(subject.verifiableCredential).length);
  } else {
    const achievement = objectOr(subject.achievement);
    define(list, 'Name', achievement.name || credential.name);
    define(list, 'Code', achievement.humanCode);
    define(list, 'Kind', achievement.achievementType);
    if (verification.standard) define(list, 'Level', verification.standard.level || 'no level');
    define(list, 'Description', achievement.description);
    const score = listOf(subject.result).map(objectOr).find((r) => r.value !== undefined);
    if (score) define(list, 'Result', score.value);
  }
  define(list, 'Valid from', credential.validFrom || credential.issuanceDate);
  define(list, 'Valid until', credential.validUntil || credential.expirationDate);
}

/** The recognitions: the hub's agreements in force for the standard, or those a transcript states applied. */
function recognitionsOf(credential, verification) {
  const lines = [];
  for (const r of (verification.standard && verification.standard.recognitions) || []) {
    const until = r.effectiveTo ? ` until ${r.effectiveTo}` : '';
    lines.push(`${r.mutual ? 'Mutually recognised with' : 'Counts as'} ${r.counterpart.code} ${r.counterpart.name}${r.counterpart.level ? ` (${r.counterpart.level})` : ''}, from ${r.effectiveFrom}${until}`);
  }
  const subject = objectOr(listOf(credential.credentialSubject)[0]);
  if (isClr(credential)) {
    for (const a of listOf(subject.achievement).map(objectOr)) if (a.description) lines.push(`${a.humanCode || a.name}: ${a.description}`);
  }
  return lines;
}

function renderRecognitions(credential, verification) {
  const lines = recognitionsOf(credential, verification);
  const list = $('recognitions');
  clear(list);
  for (const line of lines) list.append(element('li', line));
  $('recognitions-block').hidden = lines.length === 0;
}

function renderEmbedded(credential, verification) {
  const list = $('embedded');
  clear(list);
  const held = listOf(objectOr(listOf(credential.credentialSubject)[0]).verifiableCredential).map(objectOr);
  const outcomes = verification.embedded || [];
  outcomes.forEach((outcome, i) => {
    const inner = held[i] || {};
    const item = element('li');
    const title = element('h4', `${inner.name || `Credential ${i + 1}`}: ${outcome.verified ? 'valid' : 'NOT valid'}`, outcome.verified ? 'verdict-ok' : 'verdict-bad');
    const issuer = objectOr(inner.issuer);
    const checks = element('ul', undefined, 'checks');
    renderChecks(checks, outcome.checks);
    item.append(title, element('p', `Issued by ${issuer.name || (outcome.issuer && outcome.issuer.name) || 'an unnamed issuer'} (${issuer.id || inner.issuer || 'no identifier'}).`), checks);
    list.append(item);
  });
  $('embedded-block').hidden = outcomes.length === 0;
}

function render(credential, verification) {
  const verdict = $('verdict');
  verdict.textContent = verification.verified ? 'Valid credential' : 'NOT a valid credential';
  verdict.className = verification.verified ? 'verdict-ok' : 'verdict-bad';
  $('summary').textContent = verification.summary;
  renderIssuer(credential, verification);
  renderAchievement(credential, verification);
  renderChecks($('checks'), verification.checks);
  renderRecognitions(credential, verification);
  renderEmbedded(credential, verification);
  $('result').hidden = false;
  verdict.focus();
}

function showError(message) {
  $('input-error').textContent = message;
  $('result').hidden = true;
}

async function verifyText(text) {
  const credential = parseCredential(text);
  if (credential instanceof Error) return showError(credential.message);
  const button = $('verify-button');
  button.disabled = true;
  button.textContent = 'Verifying…';
  $('input-error').textContent = '';
  try {
    render(credential, await askHub(credential));
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  } finally {
    button.disabled = false;
    button.textContent = 'Verify';
  }
}

async function openShared(secret) {
  const response = await fetch(`/credentials/shared/${encodeURIComponent(secret)}`, { headers: { accept: 'application/json' } });
  if (!response.ok) return showError('This share link is unknown, has expired or was revoked by the learner.');
  const text = JSON.stringify(await response.json(), null, 2);
  $('credential').value = text;
  const link = `${location.origin}/verify?shared=${encodeURIComponent(secret)}`;
  $('share-link').href = link;
  $('share-link').textContent = link;
  $('share-qr').src = `/verify/qr.svg?shared=${encodeURIComponent(secret)}`;
  $('share-block').hidden = false;
  await verifyText(text);
}

function start() {
  $('verify-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void verifyText($('credential').value);
  });
  $('credential-file').addEventListener('change', async (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    const text = await file.text();
    $('credential').value = text;
    await verifyText(text);
  });
  const secret = new URLSearchParams(location.search).get('shared');
  if (secret !== null) {
    if (SHARED_SECRET.test(secret)) void openShared(secret);
    else showError('This link does not name a shared credential: check that it was copied whole.');
  }
}

if (typeof document !== 'undefined') start();
