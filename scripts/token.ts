/**
 * `npm run token -- --role <ROLE> [--org <id>] [--student <id>] [--subject <name>] [--ttl <seconds>]`: prints a demo
 * client token. Refuses outside demo mode: production tokens come from your IdP.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '@guantong/shared/config';
import { ROLES, signClientToken, type Role } from '@guantong/shared/identity';

const config = loadConfig();
if (config.mode !== 'demo') {
  console.error('npm run token works only in demo mode; in production, tokens come from your identity provider');
  process.exit(1);
}
const { values } = parseArgs({
  options: { role: { type: 'string' }, org: { type: 'string' }, student: { type: 'string' }, subject: { type: 'string' }, ttl: { type: 'string' } },
});
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role)) {
  console.error(`--role must be one of ${ROLES.join(', ')}`);
  process.exit(1);
}
if (role.endsWith('_STAFF') && !values.org) {
  console.error(`--org <organisation id> is required for ${role} (e.g. sch-riverside, col-metro, org-zhongxin)`);
  process.exit(1);
}
if ((role === 'STUDENT' || role === 'GUARDIAN') && !values.student) {
  console.error(`--student <learner id> is required for ${role} (e.g. GT202200001X)`);
  process.exit(1);
}
const ttlSeconds = values.ttl ? Number(values.ttl) : undefined;
console.log(await signClientToken({ role, org: values.org, student: values.student, subject: values.subject, ttlSeconds }, config.clientAuth));
