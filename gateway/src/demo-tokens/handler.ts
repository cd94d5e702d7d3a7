/**
 * Demo tokens one click away: `GET /demo/roles` lists the demo roles a UI may
 * offer, and `POST /demo/token` signs a client token for one of them with the
 * demo secret. Mounted in demo mode only; production never has these routes.
 */
import type http from 'node:http';
import bodyParser from 'body-parser';
import { decodeJwt } from 'jose';
import type { Config } from '@guantong/shared/config';
import type { HttpHandler } from '@guantong/shared/http';
import { signClientToken } from '@guantong/shared/identity';
import { DEMO_ROLES, demoTokenClaims } from './claims.ts';

export const DEMO_ROLES_PATH = '/demo/roles';
export const DEMO_TOKEN_PATH = '/demo/token';

function json(res: http.ServerResponse, status: number, body: unknown): true {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
  return true;
}

const refusal = (message: string, code = 'BAD_USER_INPUT') => ({ errors: [{ message, extensions: { code } }] });

function readJson(req: http.IncomingMessage, res: http.ServerResponse): Promise<{ ok: true; body: unknown } | { ok: false; message: string }> {
  const parse = bodyParser.json({ limit: '4kb', strict: false, type: () => true });
  return new Promise((resolve) => {
    parse(req, res, (err?: { type?: string }) => {
      if (err) resolve({ ok: false, message: err.type === 'entity.too.large' ? 'the request body exceeds 4kb' : 'the request body is not valid JSON' });
      else resolve({ ok: true, body: (req as { body?: unknown }).body });
    });
  });
}

/** The demo token routes, or a handler that answers nothing outside demo mode. */
export function demoTokenHandler(config: Config): HttpHandler {
  const secret = config.clientAuth.secret;
  if (config.mode !== 'demo' || !secret) return () => false;
  return async (req, res, url) => {
    if (url.pathname === DEMO_ROLES_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res.setHeader('allow', 'GET'), 405, refusal('read the demo roles with GET', 'BAD_REQUEST'));
      return json(res, 200, { roles: DEMO_ROLES });
    }
    if (url.pathname !== DEMO_TOKEN_PATH) return false;
    if (req.method !== 'POST') return json(res.setHeader('allow', 'POST'), 405, refusal('ask for a demo token with POST and a JSON body such as {"role":"ADMIN"}', 'BAD_REQUEST'));
    const read = await readJson(req, res);
    if (!read.ok) return json(res, 400, refusal(read.message));
    const checked = demoTokenClaims(read.body);
    if (!checked.ok) return json(res, 400, refusal(checked.message));
    const token = await signClientToken(checked.claims, config.clientAuth);
    const { exp } = decodeJwt(token);
    return json(res, 200, { token, expiresAt: new Date((exp as number) * 1000).toISOString() });
  };
}
