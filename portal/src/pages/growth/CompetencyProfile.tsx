/** Each competency item's attained level with the evidence behind it, and the method that computed it. */
import { useQuery } from '@apollo/client/react';
import type { LearnerCompetencyProfileQuery } from '../../generated/graphql.ts';
import { COMPETENCY_PROFILE } from '../growth-operations.ts';
import { Problem, percent } from '../../ui.tsx';

type Attainment = NonNullable<NonNullable<LearnerCompetencyProfileQuery['student']>['competencyProfile']>['items']['nodes'][number];

const EVIDENCE: Record<string, string> = { COURSE_RESULT: 'course result', MODULE_ASSESSMENT: 'module assessment', CERTIFICATE: 'certificate' };

function Evidence({ attainment }: { attainment: Attainment }) {
  if (!attainment.evidence.length) return <>none</>;
  return (
    <details>
      <summary>{attainment.evidence.length} pieces, weight {attainment.evidenceWeight}</summary>
      <ul>
        {attainment.evidence.map((e, i) => (
          <li key={i}>{EVIDENCE[e.kind] ?? e.kind} {e.source} on {e.on}{e.score === null ? '' : `, score ${e.score}`}: value {e.value.toFixed(2)} × weight {e.weight}</li>
        ))}
      </ul>
    </details>
  );
}

export function CompetencyProfile({ id }: { id: string }) {
  const { data, error } = useQuery(COMPETENCY_PROFILE, { variables: { id }, errorPolicy: 'all' });
  const profile = data?.student?.competencyProfile;
  return (
    <section aria-labelledby="profile-h">
      <h2 id="profile-h">Competency profile</h2>
      <Problem error={error} />
      {data && !profile && <p>No profile: the learner has no competency framework, or this sign-in may not read results.</p>}
      {profile && (
        <>
          <details className="method">
            <summary>How the levels are computed</summary>
            <p>{profile.method}</p>
          </details>
          <table id="competency-profile">
            <caption>{profile.framework.title} (version {profile.framework.version}) as of {profile.asOf}</caption>
            <thead><tr><th scope="col">Competency</th><th scope="col">Kind</th><th scope="col">Level</th><th scope="col">Met</th><th scope="col">Evidence</th></tr></thead>
            <tbody>
              {profile.items.nodes.map((a) => (
                <tr key={a.item.id}>
                  <th scope="row">{a.item.code} {a.item.abbreviatedStatement ?? a.item.statement}</th><td>{a.item.kind}</td>
                  <td>{percent(a.level)}</td><td>{a.met ? 'Met' : 'Not yet'}</td><td><Evidence attainment={a} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
