/**
 * A learner's consents: grant an organisation access to parts of the record,
 * see every grant, revoke one, and read who read the record (the access log).
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../generated/gql.ts';
import type { RecordPart } from '../generated/graphql.ts';
import type { PageProps } from '../App.tsx';
import { Field, Loading, PageTitle, Problem } from '../ui.tsx';

const CONSENTS = graphql(`
  query Consents($id: LearnerId!) {
    student(id: $id) {
      id name
      consents(first: 50) { nodes { id organizationId scopes purpose grantedAt expiresAt revokedAt active } }
      accessLog(first: 20) { nodes { requestId at service actorRole organizationId purpose parts outcome reason } }
    }
    certificationOrganizations(first: 50) { nodes { id name } }
  }
`);

const GRANT = graphql(`
  mutation GrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) { id organizationId scopes purpose expiresAt active }
  }
`);

const REVOKE = graphql(`
  mutation RevokeConsent($id: ID!) {
    revokeConsent(id: $id) { id revokedAt active }
  }
`);

const PARTS: RecordPart[] = ['IDENTITY', 'RESULTS', 'CERTIFICATES'];

function GrantForm({ studentId, organizations, onDone }: { studentId: string; organizations: { id: string; name: string }[]; onDone(): void }) {
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? '');
  const [scopes, setScopes] = useState<RecordPart[]>(['CERTIFICATES']);
  const [purpose, setPurpose] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [grant, { loading, error }] = useMutation(GRANT, { onCompleted: onDone });
  const toggle = (part: RecordPart) => setScopes((now) => (now.includes(part) ? now.filter((p) => p !== part) : [...now, part]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void grant({ variables: { input: { studentId, organizationId, scopes, purpose, expiresOn } } }).catch(() => undefined);
  };
  return (
    <form onSubmit={submit} aria-labelledby="grant-h">
      <h2 id="grant-h">Grant consent</h2>
      <Field id="grant-org" label="Organisation">
        <select id="grant-org" value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
          {organizations.map((o) => <option key={o.id} value={o.id}>{o.name} ({o.id})</option>)}
        </select>
      </Field>
      <fieldset>
        <legend>Parts of the record</legend>
        {PARTS.map((part) => (
          <label key={part} className="check"><input type="checkbox" checked={scopes.includes(part)} onChange={() => toggle(part)} /> {part}</label>
        ))}
      </fieldset>
      <Field id="grant-purpose" label="Purpose"><input id="grant-purpose" required value={purpose} onChange={(e) => setPurpose(e.target.value)} /></Field>
      <Field id="grant-expires" label="Expires on"><input id="grant-expires" type="date" required value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} /></Field>
      <button type="submit" disabled={loading}>Grant consent</button>
      <Problem error={error} />
    </form>
  );
}

export function Consents({ session }: PageProps) {
  const studentId = session?.role.student;
  const { data, loading, error, refetch } = useQuery(CONSENTS, { variables: { id: studentId ?? '' }, skip: !studentId, fetchPolicy: 'network-only' });
  const [revoke, revoking] = useMutation(REVOKE, { onCompleted: () => void refetch() });
  const student = data?.student;
  return (
    <>
      <PageTitle>Consents and access</PageTitle>
      {!studentId && <p>Sign in as a learner to manage who may read your record.</p>}
      {loading && <Loading what="your consents" />}
      <Problem error={error ?? revoking.error} />
      {student && data && (
        <>
          <GrantForm studentId={student.id} organizations={data.certificationOrganizations.nodes} onDone={() => void refetch()} />
          <section aria-labelledby="grants-h">
            <h2 id="grants-h">Your consents</h2>
            {!student.consents?.nodes.length ? <p>You have granted no consent.</p> : (
              <table id="consents">
                <caption>Every grant, newest first</caption>
                <thead><tr><th scope="col">Organisation</th><th scope="col">Parts</th><th scope="col">Purpose</th><th scope="col">Until</th><th scope="col">State</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
                <tbody>
                  {student.consents.nodes.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.organizationId}</th><td>{PARTS.filter((p) => c.scopes.includes(p)).join(', ')}</td><td>{c.purpose}</td><td>{c.expiresAt.slice(0, 10)}</td>
                      <td>{c.active ? 'Active' : c.revokedAt ? `Revoked ${c.revokedAt.slice(0, 10)}` : 'Expired'}</td>
                      <td>{c.active && <button type="button" onClick={() => void revoke({ variables: { id: c.id } }).catch(() => undefined)} aria-label={`Revoke consent for ${c.organizationId}: ${c.purpose}`}>Revoke</button>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="log-h">
            <h2 id="log-h">Who read your record</h2>
            <table id="access-log">
              <caption>The latest 20 reads and refused attempts, newest first</caption>
              <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Service</th><th scope="col">Parts</th><th scope="col">Outcome</th></tr></thead>
              <tbody>
                {(student.accessLog?.nodes ?? []).map((e, i) => (
                  <tr key={`${e.requestId}-${i}`}>
                    <td>{e.at.replace('T', ' ').slice(0, 19)}</td><td>{e.actorRole}{e.organizationId ? ` (${e.organizationId})` : ''}{e.purpose ? `: ${e.purpose}` : ''}</td><td>{e.service}</td><td>{e.parts.join(', ')}</td><td>{e.outcome}{e.reason ? `: ${e.reason}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </>
  );
}
