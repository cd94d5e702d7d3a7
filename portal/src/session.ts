/**
 * Signing in as a demo role: the gateway's demo-only token endpoint issues a
 * short-lived token, kept for this tab only (sessionStorage), never in a cookie.
 */
import { GATEWAY_ORIGIN } from './hub.ts';

export interface DemoRole {
  role: string;
  label: string;
  org?: string;
  student?: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  role: DemoRole;
}

const KEY = 'guantong-portal-session';

export function savedSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  // The gateway's clock decides when a token has expired (a demo's may be pinned to another day).
  return JSON.parse(raw) as Session;
}

export function forgetSession(): void {
  sessionStorage.removeItem(KEY);
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} failed with HTTP ${response.status}: is the hub running in demo mode?`);
  return (await response.json()) as T;
}

export async function demoRoles(): Promise<DemoRole[]> {
  const body = await json<DemoRole[] | { roles: DemoRole[] }>(await fetch(`${GATEWAY_ORIGIN}/demo/roles`), 'Listing the demo roles');
  return Array.isArray(body) ? body : body.roles;
}

export async function signIn(role: DemoRole): Promise<Session> {
  const claims = { role: role.role, ...(role.org ? { org: role.org } : {}), ...(role.student ? { student: role.student } : {}) };
  const response = await fetch(`${GATEWAY_ORIGIN}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(claims) });
  const { token, expiresAt } = await json<{ token: string; expiresAt: string }>(response, 'Signing in');
  const session = { token, expiresAt, role };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}
