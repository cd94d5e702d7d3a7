/**
 * The migration that gives unrevoked consent grants their active key: grants
 * stored twice before it are settled as a new identical grant settles them now.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { databaseKinds, openSubgraphHarness, type SubgraphHarness } from '@guantong/shared/testing';
import { collegeSubgraph } from '../definition.ts';
import { learner, NET_LEARNER } from './harness.ts';

const kinds = await databaseKinds();

const INSERT = 'INSERT INTO consent_grant (id, student_id, organization_id, scopes, purpose, granted_at, expires_at, revoked_at, granted_by, granted_by_subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const grant = (id: string, scopes: string, grantedAt: string, revokedAt: string | null = null) =>
  [id, NET_LEARNER, 'org-tianyi', scopes, 'internship placement', grantedAt, '2099-12-31T23:59:59.999Z', revokedAt, 'STUDENT', `student:${NET_LEARNER}`];

describe.each(kinds)('consent grants stored twice before the active key (%s)', (kind) => {
  let hub: SubgraphHarness;
  afterEach(() => hub?.close());

  it('keeps the newest identical grant in force, revokes the older at the newer one’s instant, and then refuses a second copy', async () => {
    hub = await openSubgraphHarness(collegeSubgraph, kind);
    const db = hub.db.dataSource;
    // Back to just before the active key, whatever migrations came after it.
    const executed = async () => ((await db.query('SELECT name FROM migrations')) as { name: string }[]).map((m) => m.name);
    while ((await executed()).includes('ConsentActiveKey1767490000000')) await db.undoLastMigration({ transaction: 'each' });
    await db.query(INSERT, grant('g-old', 'CERTIFICATES', '2026-01-01T00:00:00.000Z'));
    await db.query(INSERT, grant('g-new', 'CERTIFICATES', '2026-02-01T00:00:00.000Z'));
    await db.query(INSERT, grant('g-other', 'CERTIFICATES,RESULTS', '2026-01-15T00:00:00.000Z'));
    await db.query(INSERT, grant('g-gone', 'CERTIFICATES', '2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'));
    await db.runMigrations({ transaction: 'each' });

    const rows: { id: string; revoked_at: string | null; active_key: string | null }[] = await db.query("SELECT id, revoked_at, active_key FROM consent_grant WHERE id LIKE 'g-%' ORDER BY id");
    expect(rows).toEqual([
      { id: 'g-gone', revoked_at: '2025-06-01T00:00:00.000Z', active_key: null },
      { id: 'g-new', revoked_at: null, active_key: `${NET_LEARNER}|org-tianyi|CERTIFICATES` },
      { id: 'g-old', revoked_at: '2026-02-01T00:00:00.000Z', active_key: null },
      { id: 'g-other', revoked_at: null, active_key: `${NET_LEARNER}|org-tianyi|CERTIFICATES,RESULTS` },
    ]);
    await expect(db.query('UPDATE consent_grant SET active_key = ? WHERE id = ?', [`${NET_LEARNER}|org-tianyi|CERTIFICATES`, 'g-old'])).rejects.toThrow();
  });

  it('a second identical grant replaces the first; a grant of other parts stands beside it', async () => {
    hub = await openSubgraphHarness(collegeSubgraph, kind);
    const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id grantedAt active } }';
    const input = (scopes: string[], purpose: string) => ({ input: { studentId: NET_LEARNER, organizationId: 'org-tianyi', scopes, purpose, expiresOn: '2027-06-30' } });
    type Granted = { grantConsent: { id: string; grantedAt: string; active: boolean } };
    const first = await hub.run<Granted>(learner(NET_LEARNER), GRANT, input(['CERTIFICATES'], 'internship placement'));
    const other = await hub.run<Granted>(learner(NET_LEARNER), GRANT, input(['RESULTS', 'CERTIFICATES'], 'graduate recruitment'));
    const second = await hub.run<Granted>(learner(NET_LEARNER), GRANT, input(['CERTIFICATES'], 'extended internship'));
    expect([first.errors, other.errors, second.errors]).toEqual([undefined, undefined, undefined]);
    const consents = await hub.run<{ _entities: { consents: { nodes: { id: string; purpose: string; revokedAt: string | null; active: boolean }[] } }[] }>(
      learner(NET_LEARNER), 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { consents { nodes { id purpose revokedAt active } } } } }', { r: [{ __typename: 'Student', id: NET_LEARNER }] },
    );
    const byId = new Map(consents.data!._entities[0].consents.nodes.map((c) => [c.id, c]));
    expect(byId.get(first.data!.grantConsent.id)).toMatchObject({ active: false, revokedAt: second.data!.grantConsent.grantedAt });
    expect(byId.get(second.data!.grantConsent.id)).toMatchObject({ active: true, revokedAt: null, purpose: 'extended internship' });
    expect(byId.get(other.data!.grantConsent.id)).toMatchObject({ active: true, revokedAt: null });
  });
});
