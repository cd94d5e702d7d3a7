/**
 * When the audit store cannot record a read, nothing is returned, and the
 * client is told why and that it may retry: SERVICE_UNAVAILABLE, through the
 * masking of the subgraph and of the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../../helpers/hub.ts';

const kinds = await databaseKinds();

describe.each(kinds)('reads while the audit store refuses (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());

  it('a read that cannot be recorded returns nothing, with the reason and SERVICE_UNAVAILABLE', async () => {
    const admin = await hub.token({ role: 'ADMIN' });
    // The store goes away behind the hub's back: every insert now fails.
    await hub.audit.dataSource.query('DROP TABLE audit_entry');
    const res = await hub.query<{ student: unknown }>('query($id: LearnerId!) { student(id: $id) { id pathway { stage } } }', { id: 'GT202200001X' }, admin);
    expect(res.data?.student ?? null).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: 'the access could not be recorded in the audit trail, so nothing was written or returned; try again',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(res.errors?.[0].extensions?.requestId).toMatch(/^[\w-]{8,}$/);
    expect(JSON.stringify(res)).not.toMatch(/serviceName|audit_entry|SQL|127\.0\.0\.1/);
  });
});
