import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { AwardEntity } from '../entities/award.ts';
import { PrerequisiteEntity } from '../entities/prerequisite.ts';
import { accept } from './agreements.ts';
import { NET_GRADUATE, REVOKED_HOLDER, callers, codeOf, fieldOf, freshLearner, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const AWARD = /* GraphQL */ `mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }`;
const ADD_PREREQUISITE = /* GraphQL */ `
  mutation($standardCode: ID!, $requiresCode: ID!) {
    addPrerequisite(standardCode: $standardCode, requiresCode: $requiresCode) { code prerequisites { code name } }
  }
`;
type Added = { addPrerequisite: { code: string; prerequisites: { code: string; name: string }[] } };

let next = 0;
/** An award of `standardCode` with a serial no one has used. */
const awardOf = (studentId: string, standardCode: string, issuedOn = '2026-06-01') => ({
  studentId, holderName: 'Ladder Tester', standardCode, serial: `LADDER-${(next += 1)}`, issuedOn, score: 88,
});

describe.each(kinds)('the stackable certificate ladder (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const award = (actor: Actor, input: ReturnType<typeof awardOf>) => {
    hub.schoolEnrols(input.studentId, input.holderName);
    return hub.run(actor, AWARD, { input });
  };
  const awarded = async (actor: Actor, input: ReturnType<typeof awardOf>) => expect((await award(actor, input)).errors).toBeUndefined();
  /** Sends an award the ladder must refuse, and checks that nothing was written. */
  const refused = async (actor: Actor, input: ReturnType<typeof awardOf>) => {
    const before = await hub.count(AwardEntity);
    const reply = await award(actor, input);
    expect(reply.data).toBeNull();
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(fieldOf(reply)).toBe('standardCode');
    expect(await hub.count(AwardEntity)).toBe(before);
    return reply.errors?.[0]?.message ?? '';
  };

  it('the catalogue shows each standard’s rungs, in two statements for the whole list', async () => {
    const before = hub.db.statements.count;
    const { data, errors } = await hub.run<{ certificateStandards: { nodes: { code: string; prerequisites: { code: string; level: string }[] }[] } }>(
      callers.anonymous,
      '{ certificateStandards { nodes { code prerequisites { code level } } } }',
    );
    expect(errors).toBeUndefined();
    const rungs = Object.fromEntries(data!.certificateStandards.nodes.map((s) => [s.code, s.prerequisites]));
    expect(rungs).toMatchObject({ 'X-NE-2': [{ code: 'X-NED-1', level: 'ENTRY' }], 'X-OSOP-2': [{ code: 'X-OSOP-1', level: 'ENTRY' }], 'X-NED-1': [], 'X-ICV-2': [] });
    // The standards, then every rung; the required standards are already loaded with the list.
    expect(hub.db.statements.count - before).toBe(2);
  });

  it('refuses Network Engineer to a learner without Network Equipment Debugger, naming it, and writes nothing', async () => {
    const message = await refused(callers.zhongxin, awardOf(freshLearner(), 'X-NE-2'));
    expect(message).toMatch(/X-NE-2 \(Network Engineer\) requires X-NED-1 \(Network Equipment Debugger\)/);
    expect(message).toMatch(/Award X-NED-1 first/);
  });

  it('refuses it to a learner whose only X-NED-1 was revoked', async () => {
    expect(await refused(callers.zhongxin, awardOf(REVOKED_HOLDER, 'X-NE-2'))).toMatch(/requires X-NED-1/);
  });

  it('counts a rung only from the day it was issued: not for an award dated before it, and from that day on', async () => {
    const learner = freshLearner();
    await awarded(callers.zhongxin, awardOf(learner, 'X-NED-1', '2026-03-01'));
    expect(await refused(callers.zhongxin, awardOf(learner, 'X-NE-2', '2026-02-28'))).toMatch(/on 2026-02-28/);
    await awarded(callers.zhongxin, awardOf(learner, 'X-NE-2', '2026-03-01'));
  });

  it('lets a learner holding the rung below climb, and records that the check read their certificates', async () => {
    const learner = freshLearner();
    await awarded(callers.zhongxin, awardOf(learner, 'X-NED-1'));
    const audit = await hub.auditedBy(() => awarded(callers.zhongxin, awardOf(learner, 'X-NE-2')));
    expect(audit.map((e) => [e.studentId, e.organizationId, e.parts, e.outcome, e.reason])).toEqual([
      [learner, 'org-zhongxin', 'CERTIFICATES:awardCertificate', 'ALLOWED', 'own data'],
    ]);
  });

  it('an award of a standard without rungs reads nothing of the learner’s record', async () => {
    expect(await hub.auditedBy(() => awarded(callers.zhongxin, awardOf(freshLearner(), 'X-NED-1')))).toEqual([]);
  });

  it('lets a learner climb through a recognised equivalent only once its issuer accepted the agreement, and from its first day', async () => {
    // The demo's pending proposal: Tianyi's technicians to count as X-NED-1 holders from 2026-09-01.
    const learner = freshLearner();
    await awarded(callers.tianyi, awardOf(learner, 'E-TY-NT', '2026-01-10'));
    expect(await refused(callers.zhongxin, awardOf(learner, 'X-NE-2', '2026-09-01'))).toMatch(/or of a standard recognised as it, on 2026-09-01/);
    await accept(hub, callers.zhongxin, 'rec-tianyi-ned');
    expect(await refused(callers.zhongxin, awardOf(learner, 'X-NE-2', '2026-08-31'))).toMatch(/on 2026-08-31/);
    await awarded(callers.zhongxin, awardOf(learner, 'X-NE-2', '2026-09-01'));
  });

  it('lets a learner climb through a mutual chain: a rung of X-ICV-2 is met by Huadong’s E-HD-ICVT', async () => {
    expect((await hub.run(callers.xinghe, ADD_PREREQUISITE, { standardCode: 'E-XH-ADAS', requiresCode: 'X-ICV-2' })).errors).toBeUndefined();
    const learner = freshLearner();
    await awarded(callers.huadong, awardOf(learner, 'E-HD-ICVT'));
    await awarded(callers.xinghe, awardOf(learner, 'E-XH-ADAS'));
    expect(await refused(callers.xinghe, awardOf(freshLearner(), 'E-XH-ADAS'))).toMatch(/requires X-ICV-2/);
  });

  it('leaves the demo graduates’ record as it was: they climbed in order', async () => {
    const rows = await hub.db.dataSource.getRepository(AwardEntity).findBy({ studentId: NET_GRADUATE });
    expect(rows.map((r) => [r.standardCode, r.issuedOn]).sort()).toEqual([['X-NE-2', '2026-06-20'], ['X-NED-1', '2023-06-20']]);
  });
});

describe.each(kinds)('issuers declare the rungs of their standards (%s)', (kind) => {
  let hub: Harness;
  beforeEach(async () => {
    hub = await openHarness(kind);
  });
  afterEach(() => hub?.close());

  const add = (actor: Actor, standardCode: string, requiresCode: string) => hub.run<Added>(actor, ADD_PREREQUISITE, { standardCode, requiresCode });
  /** Sends a rung that must be refused, and checks that nothing was written. */
  const refused = async (actor: Actor, standardCode: string, requiresCode: string) => {
    const before = await hub.count(PrerequisiteEntity);
    const reply = await add(actor, standardCode, requiresCode);
    expect(reply.data).toBeNull();
    expect(await hub.count(PrerequisiteEntity)).toBe(before);
    return reply;
  };

  it('the issuer adds a rung, and the standard lists it; an admin may too', async () => {
    const { data, errors } = await add(callers.xinghe, 'E-XH-ADAS', 'X-ICV-2');
    expect(errors).toBeUndefined();
    expect(data?.addPrerequisite).toEqual({ code: 'E-XH-ADAS', prerequisites: [{ code: 'X-ICV-2', name: 'Intelligent Connected Vehicle Testing and Calibration' }] });
    expect((await add(callers.admin, 'E-XH-ADAS', 'E-HD-ICVT')).data?.addPrerequisite.prerequisites.map((p) => p.code)).toEqual(['E-HD-ICVT', 'X-ICV-2']);
  });

  it.each([
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
    ['the issuer of the required standard only', callers.zhilian, 'FORBIDDEN'],
    ['another organisation’s staff', callers.huadong, 'FORBIDDEN'],
    ['a college’s staff holding the issuer’s organisation id', { ...callers.metroCollege, orgId: 'org-xinghe' }, 'FORBIDDEN'],
    ['a learner', callers.learner(NET_GRADUATE), 'FORBIDDEN'],
  ])('%s may not add a rung to Xinghe’s standard', async (_who, actor, code) => {
    expect(codeOf(await refused(actor, 'E-XH-ADAS', 'X-ICV-2'))).toBe(code);
  });

  it.each([
    ['a standard requiring itself', 'X-NE-2', 'X-NE-2', 'requiresCode', /cannot require itself/],
    ['an unknown standard', 'X-NOPE-9', 'X-NED-1', 'standardCode', /not a certificate standard/],
    ['an unknown required standard', 'X-NE-2', 'X-NOPE-9', 'requiresCode', /not a certificate standard/],
  ])('refuses %s with BAD_USER_INPUT', async (_case, standardCode, requiresCode, field, message) => {
    const reply = await refused(callers.admin, standardCode, requiresCode);
    expect([codeOf(reply), fieldOf(reply)]).toEqual(['BAD_USER_INPUT', field]);
    expect(reply.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a rung already there with CONFLICT', async () => {
    const reply = await refused(callers.zhongxin, 'X-NE-2', 'X-NED-1');
    expect(codeOf(reply)).toBe('CONFLICT');
    expect(reply.errors?.[0]?.message).toMatch(/X-NE-2 already requires X-NED-1/);
  });

  it('refuses a rung that would loop, directly or through others, naming the chain', async () => {
    const direct = await refused(callers.zhongxin, 'X-NED-1', 'X-NE-2');
    expect([codeOf(direct), fieldOf(direct)]).toEqual(['BAD_USER_INPUT', 'requiresCode']);
    expect(direct.errors?.[0]?.message).toMatch(/X-NED-1 cannot require X-NE-2: X-NE-2 requires X-NED-1 already/);
    expect((await add(callers.xinghe, 'E-XH-ADAS', 'X-ICV-2')).errors).toBeUndefined();
    expect((await add(callers.zhilian, 'X-ICV-2', 'E-HD-ICVT')).errors).toBeUndefined();
    const around = await refused(callers.huadong, 'E-HD-ICVT', 'E-XH-ADAS');
    expect(around.errors?.[0]?.message).toMatch(/E-XH-ADAS requires X-ICV-2 requires E-HD-ICVT already/);
  });

  it('lets only one of two concurrent identical rungs through, and only one of two that would loop together', async () => {
    const before = await hub.count(PrerequisiteEntity);
    const same = await Promise.all([add(callers.xinghe, 'E-XH-ADAS', 'X-ICV-2'), add(callers.admin, 'E-XH-ADAS', 'X-ICV-2')]);
    expect(same.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const loop = await Promise.all([add(callers.zhilian, 'X-ICV-2', 'E-HD-ICVT'), add(callers.huadong, 'E-HD-ICVT', 'E-XH-ADAS')]);
    expect(loop.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', undefined]);
    expect(await hub.count(PrerequisiteEntity)).toBe(before + 2);
  });
});
