/**
 * The School–Enterprise Curriculum Committee's page: the agreement's mapping
 * table (seed 000's Table 1), the overlap between the stages and the
 * certificate–job alignment before and after the reform, and each proposal
 * with the course's version history.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import type { CommitteeProposalsQuery, MappingTableQuery } from '../generated/graphql.ts';
import type { PageProps } from '../App.tsx';
import { Field, Loading, PageTitle, Problem, percent } from '../ui.tsx';
import { COMMITTEE, MAPPING_TABLE, PROPOSALS } from './committee-operations.ts';
import { CommitteeReports } from './CommitteeReports.tsx';

type Table = NonNullable<MappingTableQuery['articulationAgreement']>['mappingTable'];
type Proposal = NonNullable<CommitteeProposalsQuery['curriculumCommittee']>['proposals']['nodes'][number];

const itemName = (c: { code: string; abbreviatedStatement: string | null; statement: string }) => `${c.code} ${c.abbreviatedStatement ?? c.statement}`;

function MappingTable({ agreementId }: { agreementId: string }) {
  const { data, error } = useQuery(MAPPING_TABLE, { variables: { agreementId } });
  const table: Table | undefined = data?.articulationAgreement?.mappingTable;
  if (!table) return <Problem error={error} />;
  return (
    <section aria-labelledby="mapping-h">
      <h2 id="mapping-h">Mapping table</h2>
      <table id="mapping-table">
        <caption>Competency, course, certificate content and class hours, per stage ({table.totalCount} rows)</caption>
        <thead><tr><th scope="col">Stage</th><th scope="col">Competency</th><th scope="col">Course</th><th scope="col">Certificate content</th><th scope="col">Share of the certificate</th><th scope="col">Class-hour proportion</th></tr></thead>
        <tbody>
          {table.nodes.map((r) => (
            <tr key={`${r.stage}-${r.competency.code}-${r.courseCode}`}>
              <td>{r.stage}</td><th scope="row">{itemName(r.competency)}</th><td>{r.courseCode} {r.courseTitle}</td>
              <td>{r.certificate ? `${r.certificate.name}${r.certificate.level ? ` (${r.certificate.level})` : ''}` : '—'}</td>
              <td>{percent(r.contentShare, 0)}</td><td>{percent(r.hourShare)} ({r.hours} h)</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Proposals({ committeeId }: { committeeId: string }) {
  const { data, error } = useQuery(PROPOSALS, { variables: { id: committeeId } });
  const proposals: Proposal[] | undefined = data?.curriculumCommittee?.proposals.nodes;
  if (!proposals) return <Problem error={error} />;
  return (
    <section aria-labelledby="proposals-h">
      <h2 id="proposals-h">Proposals and course history</h2>
      {proposals.map((p) => (
        <article key={p.id} aria-labelledby={`proposal-${p.id}`} className="proposal">
          <h3 id={`proposal-${p.id}`}>{p.kind} {p.course.code} {p.newTitle ? `→ ${p.newTitle}` : ''} from {p.effectiveTerm}: {p.status}</h3>
          <p>{p.rationale}</p>
          <p>Votes: {p.tally.votesFor} for, {p.tally.votesAgainst} against, {p.tally.abstentions} abstaining; enterprise share {percent(p.tally.enterpriseShare, 0)} of those voting (quorum {percent(p.tally.quorum, 0)}){p.tally.quorate ? '' : ', not quorate'}.</p>
          {p.decision && <p>Decided {p.decision.decidedOn}: {p.decision.outcome}. The change touches {p.decision.touchedCreditRules.length} credit rules and {p.decision.touchedMappings.length} course mappings.</p>}
          <table className="history">
            <caption>Version history of {p.course.code} {p.course.title}</caption>
            <thead><tr><th scope="col">Version</th><th scope="col">Title</th><th scope="col">Credits</th><th scope="col">Hours</th><th scope="col">In force</th><th scope="col">Decision</th></tr></thead>
            <tbody>
              {p.course.versions.nodes.map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.version}</th><td>{v.title}</td><td>{v.credits}</td><td>{v.hours}</td>
                  <td>{v.effectiveFrom ?? 'from the start'} to {v.effectiveTo ?? 'now'}</td><td>{v.decision ? `${v.decision.outcome} on ${v.decision.decidedOn}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}

export function Committee({ session }: PageProps) {
  const [draft, setDraft] = useState('cmt-net');
  const [reformDate, setReformDate] = useState('2025-09-01');
  const [id, setId] = useState(draft);
  const { data, loading, error } = useQuery(COMMITTEE, { variables: { id } });
  const committee = data?.curriculumCommittee;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setId(draft.trim());
  };
  return (
    <>
      <PageTitle>Curriculum committee</PageTitle>
      <form onSubmit={submit} className="inline">
        <Field id="committee-id" label="Committee id"><input id="committee-id" value={draft} onChange={(e) => setDraft(e.target.value)} /></Field>
        <Field id="reform-date" label="Reform date"><input id="reform-date" type="date" required value={reformDate} onChange={(e) => setReformDate(e.target.value)} /></Field>
        <button type="submit">Show committee</button>
      </form>
      {loading && <Loading what="the committee" />}
      <Problem error={error} />
      {data && !committee && !error && <p role="alert">No committee {id}.</p>}
      {committee && (
        <>
          <p className="lead">{committee.name}, for {committee.agreement.name}: {committee.members.totalCount} members; decisions need enterprise members to be at least {percent(committee.enterpriseQuorum, 0)} of those voting (today {percent(committee.enterpriseShare, 0)} of members).</p>
          <MappingTable agreementId={committee.agreement.id} />
          <CommitteeReports agreementId={committee.agreement.id} reformDate={reformDate} signedIn={!!session} />
          <Proposals committeeId={committee.id} />
        </>
      )}
    </>
  );
}
