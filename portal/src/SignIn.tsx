/** Signing in as one of the demo's roles (the gateway lists them in demo mode only). */
import { useEffect, useState, type FormEvent } from 'react';
import { demoRoles, signIn, type DemoRole, type Session } from './session.ts';
import { Problem } from './ui.tsx';

interface Props {
  session: Session | undefined;
  onSignIn(session: Session): void;
  onSignOut(): void;
}

const describe = (r: DemoRole) => r.label;

export function SignIn({ session, onSignIn, onSignOut }: Props) {
  const [roles, setRoles] = useState<DemoRole[]>([]);
  const [chosen, setChosen] = useState(0);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    demoRoles().then(setRoles, setError);
  }, []);
  if (session) {
    return (
      <div className="signin" role="region" aria-label="Session">
        <p>Signed in as <strong>{describe(session.role)}</strong></p>
        <button type="button" onClick={onSignOut}>Sign out</button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const role = roles[chosen];
    if (role) signIn(role).then(onSignIn, setError);
  };
  return (
    <form className="signin" onSubmit={submit} aria-label="Sign in">
      <label htmlFor="demo-role">Demo role</label>
      <select id="demo-role" value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
        {roles.map((r, i) => <option key={describe(r)} value={i}>{describe(r)}</option>)}
      </select>
      <button type="submit" disabled={!roles.length}>Sign in</button>
      <Problem error={error} />
    </form>
  );
}
