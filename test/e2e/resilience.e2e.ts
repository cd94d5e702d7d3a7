import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../helpers/hub.ts';
import { FIVE_YEAR_RECORD } from '../helpers/operations.ts';

// Availability does not depend on the database, so SQLite alone covers it.
describe('the gateway when a subgraph is down', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub('sqlite');
    await hub.subgraphs.enterprise.close();
  });
  afterAll(() => hub?.stop());

  it('returns the other subgraphs’ data plus an error for the missing part', async () => {
    const admin = await hub.token({ role: 'ADMIN' });
    const res = await hub.query<{ student: { id: string; name: string; higherStage: object; secondaryStage: object; certificates: unknown } }>(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, admin);
    expect(res.status).toBe(200);
    expect(res.data?.student.id).toBe('GT202200001X');
    expect(res.data?.student.name).toBeTruthy();
    expect(res.data?.student.higherStage).toBeTruthy();
    expect(res.data?.student.secondaryStage).toBeTruthy();
    expect(res.data?.student.certificates).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
  });

  it('does not tell the client which host or port failed', async () => {
    const admin = await hub.token({ role: 'ADMIN' });
    const res = await hub.query(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, admin);
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\b|ECONNREFUSED|serviceName/);
  });
});
