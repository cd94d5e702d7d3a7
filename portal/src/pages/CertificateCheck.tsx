/**
 * An enterprise checks a certificate it was shown: the serial and the holder's
 * name as printed, and the hub says whether it is authentic, its status, and
 * what it is recognised as. Nothing more of the holder's record.
 */
import { useState, type FormEvent } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../generated/gql.ts';
import type { PageProps } from '../App.tsx';
import { Field, Loading, PageTitle, Problem } from '../ui.tsx';

const CHECK_CERTIFICATE = graphql(`
  query CheckCertificate($serial: String!, $holderName: String!) {
    verifyCertificate(serial: $serial, holderName: $holderName) {
      authentic status issuedOn revokedOn
      standard { code name level issuer { name }
        recognitions { counterpart { code name level issuer { name } } mutual effectiveFrom } }
      issuerAccreditation { satisfied explanation }
    }
  }
`);

export function CertificateCheck({ session }: PageProps) {
  const [serial, setSerial] = useState('');
  const [holderName, setHolderName] = useState('');
  const [check, { data, loading, error }] = useLazyQuery(CHECK_CERTIFICATE, { fetchPolicy: 'network-only' });
  const result = data?.verifyCertificate;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void check({ variables: { serial: serial.trim(), holderName: holderName.trim() } }).catch(() => undefined);
  };
  return (
    <>
      <PageTitle>Certificate check</PageTitle>
      {!session && <p>Sign in (for example as an enterprise's staff) to check a certificate.</p>}
      <form onSubmit={submit}>
        <Field id="serial" label="Certificate serial"><input id="serial" required value={serial} onChange={(e) => setSerial(e.target.value)} /></Field>
        <Field id="holder-name" label="Holder's name, as printed"><input id="holder-name" required value={holderName} onChange={(e) => setHolderName(e.target.value)} /></Field>
        <button type="submit" disabled={!session}>Check</button>
      </form>
      {loading && <Loading what="the check" />}
      <Problem error={error} />
      {result && (
        <section aria-labelledby="verdict" className="verdict">
          <h2 id="verdict">{result.authentic ? 'Authentic certificate' : 'Not an authentic certificate'}</h2>
          {!result.authentic && <p>No certificate with this serial was awarded to this name.</p>}
          {result.standard && (
            <>
              <p id="certificate-summary">{result.standard.code} {result.standard.name}{result.standard.level ? ` (${result.standard.level})` : ''}, issued by {result.standard.issuer.name} on {result.issuedOn}: {result.status}{result.revokedOn ? ` since ${result.revokedOn}` : ''}.</p>
              {result.issuerAccreditation && <p>{result.issuerAccreditation.explanation}</p>}
              <h3>Recognised as</h3>
              {result.standard.recognitions.length === 0 ? <p>No recognitions.</p> : (
                <ul id="recognitions">
                  {result.standard.recognitions.map((r) => <li key={r.counterpart.code}>{r.counterpart.code} {r.counterpart.name} ({r.counterpart.issuer.name}){r.mutual ? ', mutually' : ''}, from {r.effectiveFrom}</li>)}
                </ul>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
