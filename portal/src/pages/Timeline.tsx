/**
 * A learner's five-year timeline: the secondary stage, the progression decision
 * with the credit it confirmed, the higher stage, certificates with what they
 * are recognised as, and the credit transfers with their explanations. Lists
 * show their first page (30 results a stage, 20 certificates: more than a
 * learner holds), within the gateway's cost limit.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../generated/gql.ts';
import type { FiveYearTimelineQuery, TimelineCertificatesQuery } from '../generated/graphql.ts';
import type { PageProps } from '../App.tsx';
import { Field, Loading, PageTitle, Problem } from '../ui.tsx';

const FIVE_YEAR_TIMELINE = graphql(`
  query FiveYearTimeline($id: LearnerId!) {
    student(id: $id) {
      id name
      pathway { stage cohort agreement { id name } }
      secondaryStage { institution { name } program { name } enrolledOn completedOn
        results(first: 30) { nodes { course { code title credits } term score passed } } }
      progression { state explanation
        decision { decidedOn decidedBy checks { description met explanation } totalCredits
          confirmedTransfers { explanation status credits exemptedCourse { code title } } } }
      higherStage { institution { name } program { name } enrolledOn completedOn
        results(first: 30) { nodes { course { code title credits } term score passed } } }
    }
  }
`);

// A second operation, so each stays well inside the gateway's cost limit.
const CERTIFICATES_AND_CREDIT = graphql(`
  query TimelineCertificates($id: LearnerId!) {
    student(id: $id) {
      id
      certificates(first: 20) { nodes { serial status issuedOn score
        standard { code name kind level recognitions { counterpart { code name kind level } mutual } } } }
      creditTransfers { totalCredits cappedCredits maxTransferCredits
        transfers { status credits explanation exemptedCourse { code title } } }
    }
  }
`);

type Student = NonNullable<FiveYearTimelineQuery['student']>;
type Credit = NonNullable<TimelineCertificatesQuery['student']>;
type Stage = NonNullable<Student['secondaryStage']> | NonNullable<Student['higherStage']>;

function StageSection({ title, stage }: { title: string; stage: Stage | null }) {
  return (
    <section aria-labelledby={`${title}-h`}>
      <h2 id={`${title}-h`}>{title}</h2>
      {!stage ? <p>No record of this stage on the hub.</p> : (
        <>
          <p>{stage.institution.name}, {stage.program.name}: enrolled {stage.enrolledOn}{stage.completedOn ? `, completed ${stage.completedOn}` : ', in progress'}.</p>
          <table>
            <caption>{title}: course results</caption>
            <thead><tr><th scope="col">Course</th><th scope="col">Term</th><th scope="col">Credits</th><th scope="col">Score</th><th scope="col">Result</th></tr></thead>
            <tbody>
              {stage.results.nodes.map((r) => (
                <tr key={`${r.course.code}-${r.term}`}>
                  <th scope="row">{r.course.code} {r.course.title}</th><td>{r.term}</td><td>{r.course.credits}</td><td>{r.score}</td><td>{r.passed ? 'Passed' : 'Not passed'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Progression({ progression }: { progression: Student['progression'] }) {
  const decision = progression?.decision;
  return (
    <section aria-labelledby="progression-h">
      <h2 id="progression-h">Progression to the higher stage</h2>
      {!progression ? <p>Not readable with this sign-in.</p> : <p className="explanation">{progression.explanation}</p>}
      {decision && (
        <>
          <p>Decided on {decision.decidedOn} by {decision.decidedBy}; {decision.totalCredits} credits confirmed.</p>
          <ul className="checks">{decision.checks.map((c) => <li key={c.description}>{c.met ? 'Met' : 'Not met'}: {c.explanation}</li>)}</ul>
          <ul className="transfers">{decision.confirmedTransfers.map((t) => <li key={t.exemptedCourse.code}><strong>{t.status}</strong> {t.explanation}</li>)}</ul>
        </>
      )}
    </section>
  );
}

function Certificates({ certificates }: { certificates: Credit['certificates'] }) {
  return (
    <section aria-labelledby="certificates-h">
      <h2 id="certificates-h">Certificates</h2>
      {!certificates?.nodes.length ? <p>No certificates.</p> : (
        <ul className="certificates">
          {certificates.nodes.map((c) => (
            <li key={c.serial}>
              <h3>{c.standard.code} {c.standard.name}{c.standard.level ? ` (${c.standard.level})` : ''}</h3>
              <p>Serial {c.serial}, issued {c.issuedOn}, {c.status}{c.score === null ? '' : `, score ${c.score}`}.</p>
              {c.standard.recognitions.length > 0 && (
                <ul aria-label={`${c.standard.code} is recognised as`}>
                  {c.standard.recognitions.map((r) => <li key={r.counterpart.code}>Recognised as {r.counterpart.code} {r.counterpart.name}{r.mutual ? ' (mutual)' : ''}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreditTransfers({ summary }: { summary: Credit['creditTransfers'] }) {
  return (
    <section aria-labelledby="transfers-h">
      <h2 id="transfers-h">Credit transfers</h2>
      {!summary ? <p>Not readable with this sign-in.</p> : (
        <>
          <p>{summary.totalCredits} credits count (at most {summary.maxTransferCredits} under the agreement{summary.cappedCredits ? `, which cut ${summary.cappedCredits}` : ''}).</p>
          <ul className="transfers">{summary.transfers.map((t) => <li key={`${t.exemptedCourse.code}-${t.explanation}`}><strong>{t.status}</strong> {t.explanation}</li>)}</ul>
        </>
      )}
    </section>
  );
}

export function Timeline({ session }: PageProps) {
  const [draft, setDraft] = useState(session?.role.student ?? 'GT202200001X');
  const [id, setId] = useState(draft);
  const { data, loading, error } = useQuery(FIVE_YEAR_TIMELINE, { variables: { id }, skip: !session });
  const credit = useQuery(CERTIFICATES_AND_CREDIT, { variables: { id }, skip: !session });
  const student = data?.student;
  const held = credit.data?.student;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setId(draft.trim());
  };
  return (
    <>
      <PageTitle>Five-year timeline</PageTitle>
      {!session && <p>Sign in as a learner or as their school or college to read a timeline.</p>}
      <form onSubmit={submit} className="inline">
        <Field id="learner-id" label="Learner id"><input id="learner-id" value={draft} onChange={(e) => setDraft(e.target.value)} /></Field>
        <button type="submit">Show timeline</button>
      </form>
      {loading && <Loading what="the timeline" />}
      <Problem error={error} />
      {data && !student && <p role="alert">No learner {id} on the registry, or not one this sign-in may read.</p>}
      {student && (
        <article aria-label={`Timeline of ${student.name}`}>
          <p className="lead">{student.name} ({student.id}){student.pathway ? `: ${student.pathway.agreement.name}, cohort ${student.pathway.cohort}, now at the ${student.pathway.stage} stage.` : '.'}</p>
          <StageSection title="Secondary stage" stage={student.secondaryStage} />
          <Progression progression={student.progression} />
          <StageSection title="Higher stage" stage={student.higherStage} />
          <Problem error={credit.error} />
          {held && <Certificates certificates={held.certificates} />}
          {held && <CreditTransfers summary={held.creditTransfers} />}
        </article>
      )}
    </>
  );
}
