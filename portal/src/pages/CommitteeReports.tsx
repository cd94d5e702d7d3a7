/** The committee's two reports: overlap between the stages, and certificate–job alignment. */
import { useQuery } from '@apollo/client/react';
import type { CommitteeReportsQuery } from '../generated/graphql.ts';
import { Problem, percent } from '../ui.tsx';
import { COMMITTEE_REPORTS } from './committee-operations.ts';

type Agreement = NonNullable<CommitteeReportsQuery['articulationAgreement']>;

/** The day before the reform: the overlap as it stood then. */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function CommitteeReports({ agreementId, reformDate, signedIn }: { agreementId: string; reformDate: string; signedIn: boolean }) {
  // Cohort figures are refused to outsiders; the public overlap still shows.
  const { data, error } = useQuery(COMMITTEE_REPORTS, { variables: { agreementId, reformDate, beforeReform: dayBefore(reformDate) }, errorPolicy: 'all' });
  const agreement = data?.articulationAgreement;
  if (!agreement) return <Problem error={error} />;
  return (
    <>
      <Overlap now={agreement.overlap} before={agreement.beforeReform} />
      <Alignment outcomes={agreement.cohortOutcomes} signedIn={signedIn} />
    </>
  );
}

function Overlap({ now, before }: { now: Agreement['overlap']; before: Agreement['beforeReform'] }) {
  return (
    <section aria-labelledby="overlap-h">
      <h2 id="overlap-h">Overlap between the stages</h2>
      <dl className="figures" id="overlap-figures">
        <dt>Before the reform ({before.on})</dt><dd>{percent(before.rate)}: {before.duplicatedHours} of {before.higherHours} higher-stage hours</dd>
        <dt>Now ({now.on})</dt><dd>{percent(now.rate)}: {now.duplicatedHours} of {now.higherHours} higher-stage hours</dd>
      </dl>
      <table>
        <caption>Duplicated content now</caption>
        <thead><tr><th scope="col">Competency</th><th scope="col">Secondary course</th><th scope="col">College course</th><th scope="col">Hours</th></tr></thead>
        <tbody>
          {now.duplicates.nodes.map((d) => (
            <tr key={`${d.competency.code}-${d.collegeCourseCode}`}><th scope="row">{d.competency.code} {d.competency.abbreviatedStatement ?? d.competency.statement}</th><td>{d.secondaryCourseCode}</td><td>{d.collegeCourseCode}</td><td>{d.hours}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>Suggestions</h3>
      <ul>
        {now.suggestions.nodes.map((s) => (
          <li key={`${s.action}-${s.secondaryCourseCode}-${s.collegeCourseCode}`}>
            {s.action === 'EXEMPT_COURSE' ? 'Exempt' : 'Drop the duplicated content from'} {s.collegeCourseCode} for {s.secondaryCourseCode} ({s.duplicatedHours} of {s.courseHours} h)
            {s.proposedRule && `: rule ${s.secondaryCourseCode} ≥ ${s.proposedRule.minScore} → ${s.proposedRule.exemptCourseCodes.join(', ')}, ${s.proposedRule.credits} credits`}
            {s.existingRule && ` (rule ${s.existingRule.id} already does)`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Alignment({ outcomes, signedIn }: { outcomes: Agreement['cohortOutcomes']; signedIn: boolean }) {
  const side = (label: string, a: NonNullable<Agreement['cohortOutcomes']>['before']['alignment']) => (
    <>
      <dt>{label}</dt>
      <dd>{percent(a.rate)}: {a.aligned} of {a.certificates} certificates held by {a.placements} placed learners fit their job</dd>
    </>
  );
  return (
    <section aria-labelledby="alignment-h">
      <h2 id="alignment-h">Certificates against jobs</h2>
      {!outcomes ? <p>{signedIn ? 'Cohort figures are for the staff of the agreement\'s school and college.' : 'Sign in as the agreement\'s school or college to see cohort figures.'}</p> : (
        <dl className="figures" id="alignment-figures">
          {side(`Before the reform (${outcomes.reformDate})`, outcomes.before.alignment)}
          {side('After the reform', outcomes.after.alignment)}
        </dl>
      )}
    </section>
  );
}
