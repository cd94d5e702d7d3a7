/**
 * The portal's frame: landmarks, the sign-in bar and one page per user story,
 * chosen by the address's hash (so the gateway serves one static file).
 */
import { useEffect, useMemo, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createClient } from './client.ts';
import { forgetSession, savedSession, type Session } from './session.ts';
import { SignIn } from './SignIn.tsx';
import { Timeline } from './pages/Timeline.tsx';
import { Roster } from './pages/Roster.tsx';
import { CertificateCheck } from './pages/CertificateCheck.tsx';
import { Consents } from './pages/Consents.tsx';
import { Committee } from './pages/Committee.tsx';
import { Growth } from './pages/Growth.tsx';

export interface PageProps {
  session: Session | undefined;
}

const PAGES = [
  { path: 'timeline', title: 'Five-year timeline', Page: Timeline },
  { path: 'roster', title: 'School roster', Page: Roster },
  { path: 'certificate-check', title: 'Certificate check', Page: CertificateCheck },
  { path: 'consents', title: 'Consents and access', Page: Consents },
  { path: 'committee', title: 'Curriculum committee', Page: Committee },
  { path: 'growth', title: 'Learner\'s growth', Page: Growth },
] as const;

function useHashPath(): string {
  const read = () => location.hash.replace(/^#\/?/, '') || PAGES[0].path;
  const [path, setPath] = useState(read);
  useEffect(() => {
    const changed = () => setPath(read());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return path;
}

export function App() {
  const [session, setSession] = useState<Session | undefined>(savedSession);
  const client = useMemo(() => createClient(() => session?.token), [session]);
  const path = useHashPath();
  const current = PAGES.find((p) => p.path === path) ?? PAGES[0];
  const signOut = () => {
    forgetSession();
    setSession(undefined);
  };
  return (
    <ApolloProvider client={client}>
      <a className="skip" href="#main">Skip to content</a>
      <header>
        <p className="brand">Guantong 贯通 · reference portal</p>
        <SignIn session={session} onSignIn={setSession} onSignOut={signOut} />
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((p) => (
              <li key={p.path}>
                <a href={`#/${p.path}`} aria-current={p === current ? 'page' : undefined}>{p.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <current.Page key={`${current.path}:${session?.token ?? ''}`} session={session} />
      </main>
      <footer>
        <p>Every request is a trusted document: the portal sends operation ids only.</p>
      </footer>
    </ApolloProvider>
  );
}
