/**
 * Streams an import upload to its subgraph and, after the last byte, hands the
 * job its delegation in an HTTP trailer: only then does the gateway know the
 * learners the file names (their Merkle root is signed into the delegation),
 * and the file is never buffered to find them.
 */
import http from 'node:http';
import https from 'node:https';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { JOB_DELEGATION_TRAILER } from '@guantong/shared/delegation';
import { LearnerIdScanner, LearnerSet } from '@guantong/shared/bulk/learner-set';

/** Finds the learner ids of an upload as its chunks go by. */
interface LearnerFinder {
  push(chunk: Buffer): Promise<void>;
  /** After the last chunk: the Merkle root of the ids found. */
  root(): Promise<string>;
  /** The upload stopped early: release what the finder holds. */
  abandon(): void;
}

function csvFinder(): LearnerFinder {
  const scanner = new LearnerIdScanner();
  return { push: async (chunk) => scanner.push(chunk), root: async () => scanner.root(), abandon: () => undefined };
}

/**
 * An XLSX upload is compressed, so its learners are read from its cells,
 * with the reader the job itself uses, from a stream fed with the chunks as
 * they are forwarded (waiting for the reader keeps memory flat). A workbook
 * the reader cannot read names no learner: its job fails on the same file,
 * saying so, and a delegation about no one can ask nothing.
 */
function workbookFinder(): LearnerFinder {
  const input = new PassThrough();
  let failed = false;
  const ids = import('@guantong/shared/bulk/xlsx')
    .then(({ learnerIdsOfWorkbook }) => learnerIdsOfWorkbook(input))
    .catch(() => {
      failed = true;
      input.destroy();
      return [] as string[];
    });
  return {
    async push(chunk) {
      if (failed) return;
      if (!input.write(chunk)) await Promise.race([once(input, 'drain'), ids]);
    },
    async root() {
      if (!failed) input.end();
      return new LearnerSet(await ids).root;
    },
    // Ending the input lets the reader see the zip cut short and finish, with its parked files.
    abandon() {
      if (!failed) input.end();
    },
  };
}

/** Sends `body` to `target`, then the trailer `delegationFor(root of the file's learner ids)`; resolves with the subgraph's answer. */
export function uploadWithDelegation(target: URL, headers: Record<string, string>, body: Readable, delegationFor: (learnersRoot: string) => Promise<string>, format = 'csv'): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = (target.protocol === 'https:' ? https : http).request(target, { method: 'POST', headers: { ...headers, trailer: JOB_DELEGATION_TRAILER } }, (response) => {
      answered = true;
      resolve(response);
    });
    request.on('error', reject);
    void (async () => {
      const finder = format === 'xlsx' ? workbookFinder() : csvFinder();
      try {
        for await (const chunk of body) {
          // A subgraph that refused the upload early (403, 413) has said all it will.
          if (answered || request.destroyed) return finder.abandon();
          await finder.push(chunk as Buffer);
          if (!request.write(chunk)) await Promise.race([once(request, 'drain'), once(request, 'close')]);
        }
        request.addTrailers({ [JOB_DELEGATION_TRAILER]: await delegationFor(await finder.root()) });
        request.end();
      } catch (err) {
        finder.abandon();
        request.destroy(err as Error);
      }
    })();
  });
}
