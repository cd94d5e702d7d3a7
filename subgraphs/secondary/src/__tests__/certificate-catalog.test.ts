import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { ExamGateEntity } from '../entities/exam-gate.ts';
import { callers, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const CATALOG = /* GraphQL */ `
  query($code: ID!) {
    certificateModules(standardCode: $code) { nodes { code standardCode title credits sequence } }
    examGate(standardCode: $code) { standardCode preliminaryThreshold }
  }
`;
interface Catalog {
  certificateModules: { nodes: { code: string; standardCode: string; title: string; credits: number; sequence: number }[] };
  examGate: { standardCode: string; preliminaryThreshold: number } | null;
}

describe.each(kinds)('the certificate training catalogue (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const catalog = (code: string) => hub.run<Catalog>(callers.anonymous, CATALOG, { code });

  it('anyone sees the five X-OSOP-1 modules in teaching order, 2 credits each, and its gate of 80', async () => {
    const { data, errors } = await catalog('X-OSOP-1');
    expect(errors).toBeUndefined();
    expect(data!.certificateModules.nodes.map((m) => [m.code, m.sequence, m.credits])).toEqual([
      ['X-OSOP-1-M1', 1, 2], ['X-OSOP-1-M2', 2, 2], ['X-OSOP-1-M3', 3, 2], ['X-OSOP-1-M4', 4, 2], ['X-OSOP-1-M5', 5, 2],
    ]);
    expect(data!.certificateModules.nodes[4]).toMatchObject({ standardCode: 'X-OSOP-1', title: 'Store data analysis' });
    expect(data!.examGate).toEqual({ standardCode: 'X-OSOP-1', preliminaryThreshold: 80 });
  });

  it('a standard with modules but no gate of its own has the default gate of 80', async () => {
    const { data } = await catalog('X-NED-1');
    expect(data!.certificateModules.nodes).toHaveLength(4);
    expect(await hub.db.dataSource.getRepository(ExamGateEntity).existsBy({ standardCode: 'X-NED-1' })).toBe(false);
    expect(data!.examGate).toEqual({ standardCode: 'X-NED-1', preliminaryThreshold: 80 });
  });

  it('a standard not known here has no modules and no gate, rather than a default it does not use', async () => {
    const { data, errors } = await catalog('E-HD-ICVT');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ certificateModules: { nodes: [] }, examGate: null });
  });

  it('a configured threshold is reported, even for a standard without modules', async () => {
    await hub.db.dataSource.getRepository(ExamGateEntity).insert({ standardCode: 'X-ICV-2', preliminaryThreshold: 85 });
    expect((await catalog('X-ICV-2')).data).toEqual({ certificateModules: { nodes: [] }, examGate: { standardCode: 'X-ICV-2', preliminaryThreshold: 85 } });
  });

  it('a malformed standard code is refused with BAD_USER_INPUT saying what codes look like', async () => {
    const { errors } = await catalog('x-osop-1');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/use 2 to 32 capital letters, digits or hyphens, e\.g\. X-OSOP-1/);
  });
});
