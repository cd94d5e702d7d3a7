/**
 * `npm run token -- --role <ROLE> [--org <id>] [--student <id>] [--subject <name>] [--ttl <seconds>]`: prints a demo
 * client token. Refuses outside demo mode: production tokens come from your IdP.
 * The gateway's `POST /demo/token` signs the same claims, checked by the same rules.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '@guantong/shared/config';
import { signClientToken } from '@guantong/shared/identity';
import { demoTokenClaims } from '@guantong/gateway/demo-tokens/claims';

const config = loadConfig();
if (config.mode !== 'demo') {
  console.error('npm run token works only in demo mode; in production, tokens come from your identity provider');
  process.exit(1);
}
const { values } = parseArgs({
  options: { role: { type: 'string' }, org: { type: 'string' }, student: { type: 'string' }, subject: { type: 'string' }, ttl: { type: 'string' } },
});
const checked = demoTokenClaims({ role: values.role, org: values.org, student: values.student, subject: values.subject });
if (!checked.ok) {
  console.error(checked.message.replace(/^(role|org|student|subject)\b/, '--$1'));
  process.exit(1);
}
const ttlSeconds = values.ttl ? Number(values.ttl) : undefined;
console.log(await signClientToken({ ...checked.claims, ttlSeconds }, config.clientAuth));
