/**
 * Competency frameworks as a registrar and an integrator use them: public
 * catalogue, versioned by dates, exported as CASE 1.1 and imported back
 * identically, and written only by the agreement's college.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competencies } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { admin, anonymous, codeOf, fieldOf, metro, openCollege, riverside, staff, type College } from './harness.ts';

const kinds = await databaseKinds();
const EXPORT = 'query($id: ID!) { competencyFramework(id: $id) { caseJson } }';
const IMPORT = 'mutation($a: ID!, $d: String!) { importCompetencyFramework(agreementId: $a, document: $d) { id version agreement { id } items(first: 1) { totalCount } } }';

describe.each(kinds)('competency frameworks (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const exported = async (id: string) => (await college.run<{ competencyFramework: { caseJson: string } }>(anonymous, EXPORT, { id })).data!.competencyFramework.caseJson;
  const counts = () => Promise.all(['competency_framework', 'competency_item', 'competency_association'].map((t) => college.count(t)));

  it('anyone reads the Network Technology framework: 12 indicators in three kinds, paged in list order', async () => {
    const res = await college.run<{ articulationAgreement: { competencyFramework: Record<string, unknown> & { items: { totalCount: number; nodes: { code: string }[]; pageInfo: { endCursor: string } } } } }>(anonymous, `{
      articulationAgreement(id: "agr-net") { competencyFramework { title version effectiveFrom effectiveTo agreement { id }
        items(first: 5) { totalCount pageInfo { endCursor hasNextPage } nodes { code kind level } }
        skills: items(kind: SKILL) { totalCount } attitudes: items(kind: ATTITUDE) { nodes { code abbreviatedStatement } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const fw = res.data!.articulationAgreement.competencyFramework;
    expect(fw).toMatchObject({ version: '1.0', effectiveFrom: '2021-09-01', effectiveTo: null, agreement: { id: 'agr-net' }, skills: { totalCount: 5 } });
    expect(fw.items.totalCount).toBe(12);
    expect(fw.items.nodes.map((i) => i.code)).toEqual(['NT-K1', 'NT-K2', 'NT-K3', 'NT-K4', 'NT-S1']);
    expect(fw.attitudes).toEqual({ nodes: [{ code: 'NT-A1', abbreviatedStatement: 'Network security awareness' }, { code: 'NT-A2', abbreviatedStatement: 'Working to standards' }, { code: 'NT-A3', abbreviatedStatement: 'Teamwork and client communication' }] });
    const next = await college.run<{ competencyFramework: { items: { nodes: { code: string }[] } } }>(anonymous, 'query($id: ID!, $after: String) { competencyFramework(id: $id) { items(first: 5, after: $after) { nodes { code } } } }', { id: competencies.NET_FRAMEWORK.id, after: fw.items.pageInfo.endCursor });
    expect(next.data!.competencyFramework.items.nodes.map((i) => i.code)).toEqual(['NT-S2', 'NT-S3', 'NT-S4', 'NT-S5', 'NT-A1']);
  });

  it('a framework is versioned: the version in force on a day, every version in order, and associations that reach the earlier version', async () => {
    const res = await college.run<Record<string, { version: string } | { nodes: { version: string; associations: { nodes: { type: string; origin: { item: { code: string } | null }; destination: { title: string; item: { code: string; framework: { version: string } } | null } }[] } }[] }>>(anonymous, `{
      v1: articulationAgreement(id: "agr-ec") { competencyFramework(on: "2024-08-31") { version } }
      v2: articulationAgreement(id: "agr-ec") { competencyFramework(on: "2024-09-01") { version } }
      none: articulationAgreement(id: "agr-auto") { competencyFramework { version } }
      all: competencyFrameworks(agreementId: "agr-ec") { totalCount nodes { version associations { nodes { type origin { item { code } } destination { title item { code framework { version } } } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const data = res.data as unknown as { v1: { competencyFramework: { version: string } }; v2: { competencyFramework: { version: string } }; none: { competencyFramework: null }; all: { totalCount: number; nodes: { version: string; associations: { nodes: { type: string; origin: { item: { code: string } }; destination: { item: { code: string; framework: { version: string } } } }[] } }[] } };
    expect([data.v1.competencyFramework.version, data.v2.competencyFramework.version, data.none.competencyFramework]).toEqual(['1.0', '2.0', null]);
    expect(data.all.nodes.map((n) => n.version)).toEqual(['1.0', '2.0']);
    const links = data.all.nodes[1].associations.nodes;
    expect(links.filter((l) => l.type === 'exactMatchOf').map((l) => [l.origin.item.code, l.destination.item.code, l.destination.item.framework.version])).toContainEqual(['EC-K1', 'EC-K1', '1.0']);
    expect(links.find((l) => l.type === 'replacedBy')).toMatchObject({ origin: { item: { code: 'EC-S3' } }, destination: { item: { code: 'EC-S3', framework: { version: '2.0' } } } });
  });

  it('exports the demo framework as CASE 1.1 and imports it back identically', async () => {
    const json = await exported(competencies.NET_FRAMEWORK.id);
    const pkg = JSON.parse(json) as { CFDocument: { identifier: string }; CFItems: unknown[]; CFAssociations: unknown[] };
    expect([pkg.CFDocument.identifier, pkg.CFItems.length, pkg.CFAssociations.length]).toEqual([competencies.NET_FRAMEWORK.id, 12, 5]);
    const before = await counts();
    // A hub that has never seen it: the version's rows go, then the package comes back in.
    for (const [table, column] of [['competency_association', 'framework_id'], ['competency_item', 'framework_id'], ['competency_framework', 'id']]) {
      await college.db.dataSource.query(`DELETE FROM ${table} WHERE ${column} = ?`, [competencies.NET_FRAMEWORK.id]);
    }
    const res = await college.run(metro, IMPORT, { a: 'agr-net', d: json });
    expect(res.data).toEqual({ importCompetencyFramework: { id: competencies.NET_FRAMEWORK.id, version: '1.0', agreement: { id: 'agr-net' }, items: { totalCount: 12 } } });
    expect(await counts()).toEqual(before);
    expect(await exported(competencies.NET_FRAMEWORK.id)).toBe(json);
  });

  it('refuses an identifier already on the hub, a field it cannot keep, and an unknown agreement, writing nothing', async () => {
    const json = await exported(competencies.EC_FRAMEWORK_2.id);
    const before = await counts();
    expect(codeOf(await college.run(metro, IMPORT, { a: 'agr-ec', d: json }))).toBe('CONFLICT');
    const extra = JSON.parse(json);
    extra.CFDocument.subject = ['E-commerce'];
    const refused = await college.run(metro, IMPORT, { a: 'agr-ec', d: JSON.stringify(extra) });
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'document']);
    expect(refused.errors?.[0]?.message).toContain('subject is not a field the hub keeps');
    const unknown = await college.run(metro, IMPORT, { a: 'agr-none', d: json });
    expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'agreementId']);
    expect(await counts()).toEqual(before);
  });

  it('only the agreement’s college (or an admin) imports: not the school, another college, an enterprise or anonymous', async () => {
    const json = await exported(competencies.EC_FRAMEWORK_1.id);
    for (const actor of [riverside, staff('COLLEGE_STAFF', 'col-other'), staff('ENTERPRISE_STAFF', 'org-tianyi')]) {
      expect(codeOf(await college.run(actor, IMPORT, { a: 'agr-ec', d: json }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await college.run(anonymous, IMPORT, { a: 'agr-ec', d: json }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await college.run(admin, IMPORT, { a: 'agr-ec', d: json }))).toBe('CONFLICT');
  });

  it('competencyItems answers the items it knows, in the order asked, at most 100', async () => {
    const [a, b] = [competencies.netItem('NT-S5').id, competencies.netItem('NT-K1').id];
    const res = await college.run<{ competencyItems: { nodes: { code: string }[] } }>(anonymous, 'query($ids: [ID!]!) { competencyItems(ids: $ids) { nodes { code } } }', { ids: [a, 'no-such-item', b] });
    expect(res.data!.competencyItems.nodes.map((i) => i.code)).toEqual(['NT-S5', 'NT-K1']);
    const many = await college.run(anonymous, 'query($ids: [ID!]!) { competencyItems(ids: $ids) { nodes { code } } }', { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) });
    expect([codeOf(many), fieldOf(many)]).toEqual(['BAD_USER_INPUT', 'ids']);
  });
});
