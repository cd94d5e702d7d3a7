/**
 * Apollo Client held to the trusted documents: each operation is sent as the
 * SHA-256 id codegen embedded in its typed document, never as text, with the
 * portal's client key. The roster's connection is merged page by page with
 * Apollo's Relay helper.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { CLIENT_KEY, GATEWAY_ORIGIN } from './hub.ts';

function documentId(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('this document is not in the trusted-documents manifest: run npm run codegen -w portal');
  return hash;
}

export function createClient(token: () => string | undefined): ApolloClient {
  const auth = new SetContextLink(({ headers }) => {
    const bearer = token();
    return { headers: { ...headers, 'x-guantong-client-key': CLIENT_KEY, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) } };
  });
  // The allowlist answers an unknown id with 403, so there is nothing to retry with text.
  const persisted = new PersistedQueryLink({ generateHash: documentId, retry: () => false, disable: () => false });
  return new ApolloClient({
    link: ApolloLink.from([auth, persisted, new HttpLink({ uri: `${GATEWAY_ORIGIN}/graphql` })]),
    cache: new InMemoryCache({
      // The gateway runs the manifest's text, which asks for no __typename, so a
      // learner is not normalised: several operations reading one learner merge
      // into one object instead of replacing each other (and refetching forever).
      typePolicies: { Query: { fields: { students: relayStylePagination(['filter']), student: { merge: true } } } },
    }),
  });
}
