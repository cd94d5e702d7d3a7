/**
 * Streams an import upload to its subgraph and, after the last byte, hands the
 * job its delegation in an HTTP trailer: only then does the gateway know the
 * learners the file names (their Merkle root is signed into the delegation),
 * and the file is never buffered to find them.
 */
import http from 'node:http';
import https from 'node:https';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { JOB_DELEGATION_TRAILER } from '@guantong/shared/delegation';
import { LearnerIdScanner } from '@guantong/shared/bulk/learner-set';

/** Sends `body` to `target`, then the trailer `delegationFor(root of the file's learner ids)`; resolves with the subgraph's answer. */
export function uploadWithDelegation(target: URL, headers: Record<string, string>, body: Readable, delegationFor: (learnersRoot: string) => Promise<string>): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = (target.protocol === 'https:' ? https : http).request(target, { method: 'POST', headers: { ...headers, trailer: JOB_DELEGATION_TRAILER } }, (response) => {
      answered = true;
      resolve(response);
    });
    request.on('error', reject);
    void (async () => {
      const scanner = new LearnerIdScanner();
      try {
        for await (const chunk of body) {
          // A subgraph that refused the upload early (403, 413) has said all it will.
          if (answered || request.destroyed) return;
          scanner.push(chunk as Buffer);
          if (!request.write(chunk)) await Promise.race([once(request, 'drain'), once(request, 'close')]);
        }
        request.addTrailers({ [JOB_DELEGATION_TRAILER]: await delegationFor(scanner.root()) });
        request.end();
      } catch (err) {
        request.destroy(err as Error);
      }
    })();
  });
}
