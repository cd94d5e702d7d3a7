/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload is CommonJS, loaded before any ESM loader */
/**
 * Preloaded into every hub process (NODE_OPTIONS=--require) by
 * test/e2e/egress.e2e.ts: appends every outbound network attempt — TCP and TLS
 * connects (http, fetch, database and Redis drivers all end here), UDP sends
 * and DNS look-ups — to the file named by GUANTONG_EGRESS_LOG, one JSON object
 * a line. The attempt is written before any packet is sent, so a host that
 * cannot be reached (no internet) is recorded all the same.
 */
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');

const logFile = process.env.GUANTONG_EGRESS_LOG;

function record(kind, host, port) {
  if (!logFile) return;
  const entry = { pid: process.pid, kind, host: host === undefined ? undefined : String(host), port: port === undefined ? undefined : Number(port) };
  fs.appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
}

// net.connect, tls.connect, http and undici all call Socket.prototype.connect,
// with (options), (port, host) or net's own normalized [options, callback].
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object') {
    if (first.path) record('ipc', first.path);
    else record('tcp', first.host ?? 'localhost', first.port);
  } else if (typeof first === 'string' && Number.isNaN(Number(first))) {
    record('ipc', first);
  } else {
    record('tcp', typeof args[1] === 'string' ? args[1] : 'localhost', first);
  }
  return connect.apply(this, args);
};

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function recordedSend(...args) {
  const portIndex = args.findIndex((a, i) => i > 0 && typeof a === 'number' && typeof args[i + 1] === 'string');
  record('udp', portIndex > 0 ? args[portIndex + 1] : undefined, portIndex > 0 ? args[portIndex] : undefined);
  return send.apply(this, args);
};
const udpConnect = dgram.Socket.prototype.connect;
dgram.Socket.prototype.connect = function recordedUdpConnect(port, address, ...rest) {
  record('udp', typeof address === 'string' ? address : 'localhost', port);
  return udpConnect.call(this, port, address, ...rest);
};

for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveSrv', 'resolveTxt']) {
  for (const target of [dns, dns.promises]) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function recordedDns(host, ...rest) {
      record('dns', host);
      return original.call(this, host, ...rest);
    };
  }
}
