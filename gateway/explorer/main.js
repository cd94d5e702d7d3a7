// The gateway's explorer: GraphiQL from npm, bundled at build time, with the demo
// roles one click away. Runs in the browser; served by the gateway in demo mode.
import { createElement as h, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './explorer.css';

// Monaco's workers are bundled beside this script (build.ts); no CDN.
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(`/graphiql/${name}.worker.js`, { type: 'module' });
  },
};

const ENDPOINT = '/graphql';

function fetcherFor(token) {
  return async (params, options) => {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(options?.headers ?? {}) };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params) });
    return res.json();
  };
}

function RolePicker({ onToken }) {
  const [roles, setRoles] = useState([]);
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('Anonymous: only the public catalogue answers.');
  useEffect(() => {
    fetch('/demo/roles')
      .then((res) => (res.ok ? res.json() : { roles: [] }))
      .then((body) => setRoles(body.roles ?? []))
      .catch(() => setRoles([]));
  }, []);
  async function choose(index) {
    setChosen(index);
    if (index === '') {
      onToken(undefined);
      setStatus('Anonymous: only the public catalogue answers.');
      return;
    }
    const { role, org, student, label } = roles[Number(index)];
    const res = await fetch('/demo/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, org, student }) });
    const body = await res.json();
    if (!res.ok) {
      setStatus(body.errors?.[0]?.message ?? 'the token was refused');
      return;
    }
    onToken(body.token);
    setStatus(`Signed in as ${label}; requests send "Authorization: Bearer …" until ${body.expiresAt}.`);
  }
  if (roles.length === 0) return null;
  return h('form', { className: 'gt-roles', onSubmit: (e) => e.preventDefault() },
    h('label', { htmlFor: 'gt-role' }, 'Demo role'),
    h('select', { id: 'gt-role', value: chosen, onChange: (e) => void choose(e.target.value) },
      h('option', { value: '' }, 'Anonymous'),
      roles.map((r, i) => h('option', { key: i, value: String(i) }, r.label))),
    h('output', { htmlFor: 'gt-role', role: 'status' }, status));
}

function Explorer() {
  const [token, setToken] = useState(undefined);
  const fetcher = useMemo(() => fetcherFor(token), [token]);
  return h('div', { className: 'gt-explorer' },
    h('header', { className: 'gt-bar' }, h('h1', null, 'Guantong'), h(RolePicker, { onToken: setToken })),
    h('main', { className: 'gt-graphiql' }, h(GraphiQL, { fetcher, defaultEditorToolsVisibility: false })));
}

createRoot(document.getElementById('explorer')).render(h(Explorer));
