/**
 * A school's roster paged by Apollo Client's stock Relay helper through the
 * real gateway: the cache merges page after page by their edges' cursors, so
 * every learner arrives exactly once and in the roster's order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
/** Small enough that the roster takes several pages, with a short last one. */
const PAGE = 4;

const ROSTER = gql`
  query Roster($filter: StudentFilter, $first: Int, $after: String) {
    students(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id name pathway { cohort } } }
      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
    }
  }
`;

interface Roster {
  students: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; pathway: { cohort: string } } }[];
    pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
  };
}

const clientFor = (hub: Hub, token: string) =>
  new ApolloClient({
    link: new HttpLink({ uri: hub.gateway.url, headers: { authorization: `Bearer ${token}` } }),
    // The filter names a different list; first/after only move through one.
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { students: relayStylePagination(['filter']) } } } }),
  });

describe.each(kinds)('a school pages its roster with Apollo Client’s relayStylePagination (%s)', (kind) => {
  let hub: Hub;
  let riverside: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
  });
  afterAll(() => hub?.stop());

  it('fetchMore merges every page into the cache: all learners exactly once, in roster order', async () => {
    const filter = { cohort: '2024' };
    const whole = await hub.query<Roster>(ROSTER.loc!.source.body, { filter, first: 100 }, riverside);
    expect(whole.errors).toBeUndefined();
    const all = whole.data!.students.edges.map((edge) => edge.node.id);
    // One big page holds the whole roster, so it is the reference order.
    expect(whole.data!.students.pageInfo.hasNextPage).toBe(false);
    expect(all.length).toBeGreaterThan(3 * PAGE);

    const client = clientFor(hub, riverside);
    let result = await client.query<Roster>({ query: ROSTER, variables: { filter, first: PAGE } });
    expect(result.data!.students.edges).toHaveLength(PAGE);
    expect(result.data!.students.pageInfo.hasPreviousPage).toBe(false);
    let pages = 1;
    while (result.data!.students.pageInfo.hasNextPage) {
      result = await fetchMorePage(client, filter, result.data!.students.pageInfo.endCursor!);
      pages += 1;
    }
    const cached = result.data!.students;
    expect(pages).toBe(Math.ceil(all.length / PAGE));
    expect(cached.edges.map((edge) => edge.node.id)).toEqual(all);
    expect(new Set(cached.edges.map((edge) => edge.cursor)).size).toBe(all.length);
    expect(cached.totalCount).toBe(all.length);
    expect(cached.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false, startCursor: whole.data!.students.pageInfo.startCursor, endCursor: whole.data!.students.pageInfo.endCursor });
  });

  it('a page fetched from the server after a cursor says rows come before it', async () => {
    const filter = { cohort: '2024' };
    const first = await hub.query<Roster>(ROSTER.loc!.source.body, { filter, first: 2 }, riverside);
    const next = await hub.query<Roster>(ROSTER.loc!.source.body, { filter, first: 2, after: first.data!.students.pageInfo.endCursor }, riverside);
    expect(first.data!.students.pageInfo.hasPreviousPage).toBe(false);
    expect(next.data!.students.pageInfo.hasPreviousPage).toBe(true);
    expect(next.data!.students.pageInfo.startCursor).toBe(next.data!.students.edges[0]!.cursor);
  });
});

/** Asks the server for the page after `after` through a watched query, the way a "load more" button does, and answers the merged list. */
async function fetchMorePage(client: ApolloClient, filter: object, after: string) {
  const watched = client.watchQuery<Roster>({ query: ROSTER, variables: { filter, first: PAGE }, fetchPolicy: 'cache-first' });
  const subscription = watched.subscribe(() => undefined);
  try {
    await watched.fetchMore({ variables: { after } });
    return await client.query<Roster>({ query: ROSTER, variables: { filter, first: PAGE }, fetchPolicy: 'cache-only' });
  } finally {
    subscription.unsubscribe();
  }
}
