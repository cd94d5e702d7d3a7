import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

/** Every relation a portal would show for a page of learners, across all three subgraphs. */
const ROSTER = /* GraphQL */ `
  query Roster($first: Int) {
    students(first: $first) {
      totalCount
      nodes {
        id name
        pathway { stage cohort agreement { id name college { name } } }
        secondaryStage { institution { name } program { name } results { nodes { course { code title credits } term score passed } } }
        higherStage { institution { name } program { name } results { nodes { course { code title credits } term score passed } } }
        certificates { nodes { serial status standard { code name issuer { name } recognitions { counterpart { code name } mutual } } } }
      }
    }
  }
`;

describe.each(kinds)('cost of a list does not grow with its length (%s)', (kind) => {
  let hub: Hub;
  let admin: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    admin = await hub.token({ role: 'ADMIN' });
  });
  afterAll(() => hub?.stop());

  async function measure(first: number) {
    const statements = hub.statementCount();
    const fetches = Object.values(hub.gateway.fetchCounts).reduce((a, b) => a + b, 0);
    const res = await hub.query<{ students: { nodes: unknown[] } }>(ROSTER, { first }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.students.nodes).toHaveLength(first);
    return {
      statements: hub.statementCount() - statements,
      fetches: Object.values(hub.gateway.fetchCounts).reduce((a, b) => a + b, 0) - fetches,
    };
  }

  it('sends the same number of SQL statements and subgraph fetches for 10 learners as for 100', async () => {
    await measure(5); // warm-up: first-use statements (none expected, but keep the comparison clean)
    const ten = await measure(10);
    const hundred = await measure(100);
    console.log(`[${kind}] roster of 10: ${ten.statements} SQL statements, ${ten.fetches} subgraph fetches; roster of 100: ${hundred.statements} SQL statements, ${hundred.fetches} subgraph fetches`);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.fetches).toBe(ten.fetches);
    expect(ten.statements).toBeGreaterThan(0);
  });
});
