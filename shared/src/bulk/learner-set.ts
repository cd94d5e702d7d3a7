/**
 * The learners an uploaded file names, as a Merkle root the gateway signs into
 * a job's delegation, and the membership proofs the job sends with its
 * lookups. The gateway and the subgraph find the ids the same way (the
 * delegation's learner-id pattern over a CSV file's bytes, or over the text
 * of each cell of an XLSX workbook), so they reach the same set; the gateway
 * keeps nothing but the signed root, and a proof cannot be made for an id
 * outside the set (SHA-256, leaves and nodes domain-separated).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** A hub-wide learner id, e.g. GT202200001X (the delegation finds ids in a request the same way). */
export const LEARNER_ID_PATTERN = 'GT\\d{9}[\\dX]';
const ID_LENGTH = 12;

/** Collects learner ids from a file's bytes, chunk by chunk, including ids split across chunks. */
export class LearnerIdScanner {
  readonly ids = new Set<string>();
  private tail = '';

  push(chunk: Buffer): void {
    // latin1 maps each byte to one character: the pattern is ASCII, and a multi-byte character can never be cut.
    const text = this.tail + chunk.toString('latin1');
    for (const id of text.match(new RegExp(LEARNER_ID_PATTERN, 'g')) ?? []) this.ids.add(id);
    this.tail = text.slice(-(ID_LENGTH - 1));
  }

  /** The set's Merkle root (base64url). */
  root(): string {
    return new LearnerSet([...this.ids]).root;
  }
}

/** The learner ids of a stored file (CSV, or an XLSX workbook by its name), found as the gateway found them while it streamed the upload. */
export async function learnerIdsOfFile(file: string): Promise<string[]> {
  if (file.endsWith('.xlsx')) {
    const { learnerIdsOfWorkbook } = await import('./xlsx.ts');
    return learnerIdsOfWorkbook(file);
  }
  const scanner = new LearnerIdScanner();
  for await (const chunk of fs.createReadStream(file)) scanner.push(chunk as Buffer);
  return [...scanner.ids];
}

const hash = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest();
};
const leaf = (id: string) => hash('\x00', id);
const node = (left: Buffer, right: Buffer) => hash('\x01', left, right);

/** One step of a proof: the sibling's hash, and whether it is on the left ("L…") or the right ("R…"). */
export type Proof = string[];

/** A sorted set of learner ids as a Merkle tree (an odd node is carried up unchanged). */
export class LearnerSet {
  private readonly levels: Buffer[][];
  private readonly index: Map<string, number>;
  readonly root: string;

  constructor(ids: readonly string[]) {
    const sorted = [...new Set(ids)].sort();
    this.index = new Map(sorted.map((id, i) => [id, i]));
    this.levels = [sorted.map(leaf)];
    while (this.levels[this.levels.length - 1].length > 1) {
      const below = this.levels[this.levels.length - 1];
      const above: Buffer[] = [];
      for (let i = 0; i < below.length; i += 2) above.push(i + 1 < below.length ? node(below[i], below[i + 1]) : below[i]);
      this.levels.push(above);
    }
    this.root = (this.levels[this.levels.length - 1][0] ?? hash('\x02')).toString('base64url');
  }

  /** The proof that `id` is in the set, or null when it is not. */
  proof(id: string): Proof | null {
    let i = this.index.get(id);
    if (i === undefined) return null;
    const steps: Proof = [];
    for (const level of this.levels.slice(0, -1)) {
      const sibling = i % 2 === 0 ? i + 1 : i - 1;
      if (sibling < level.length) steps.push(`${i % 2 === 0 ? 'R' : 'L'}${level[sibling].toString('base64url')}`);
      i = Math.floor(i / 2);
    }
    return steps;
  }
}

/** True when `proof` shows `id` under `root`. */
export function provesMembership(root: string, id: string, proof: unknown): boolean {
  if (!Array.isArray(proof) || proof.length > 64) return false;
  let at = leaf(id);
  for (const step of proof) {
    if (typeof step !== 'string' || !/^[LR][A-Za-z0-9_-]{43}$/.test(step)) return false;
    const sibling = Buffer.from(step.slice(1), 'base64url');
    at = step[0] === 'L' ? node(sibling, at) : node(at, sibling);
  }
  return at.toString('base64url') === root;
}
