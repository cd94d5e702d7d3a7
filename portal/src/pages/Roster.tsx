/**
 * A school's roster, a page at a time: "Load more" asks for the next page after
 * the last cursor, and Apollo's Relay helper appends it to the cached list.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../generated/gql.ts';
import type { PageProps } from '../App.tsx';
import { Loading, PageTitle, Problem } from '../ui.tsx';

export const ROSTER_PAGE_SIZE = 5;

const ROSTER = graphql(`
  query Roster($first: Int, $after: String) {
    students(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { id name pathway { stage cohort agreement { name } } } }
    }
  }
`);

export function Roster({ session }: PageProps) {
  const { data, loading, error, fetchMore } = useQuery(ROSTER, { variables: { first: ROSTER_PAGE_SIZE }, skip: !session, notifyOnNetworkStatusChange: true });
  const students = data?.students;
  const more = () => fetchMore({ variables: { after: students?.pageInfo.endCursor } });
  return (
    <>
      <PageTitle>School roster</PageTitle>
      {!session && <p>Sign in as a school's or college's staff to see its learners.</p>}
      <Problem error={error} />
      {students && (
        <>
          <p role="status" id="roster-count">Showing {students.edges.length} of {students.totalCount} learners.</p>
          <table>
            <caption>Learners on this institution's pathways, by id</caption>
            <thead><tr><th scope="col">Learner id</th><th scope="col">Name</th><th scope="col">Agreement</th><th scope="col">Cohort</th><th scope="col">Stage</th></tr></thead>
            <tbody>
              {students.edges.map(({ node: s }) => (
                <tr key={s.id}>
                  <th scope="row">{s.id}</th><td>{s.name}</td><td>{s.pathway?.agreement.name ?? '—'}</td><td>{s.pathway?.cohort ?? '—'}</td><td>{s.pathway?.stage ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {students.pageInfo.hasNextPage && <button type="button" onClick={more} disabled={loading}>Load more</button>}
        </>
      )}
      {loading && <Loading what="learners" />}
    </>
  );
}
