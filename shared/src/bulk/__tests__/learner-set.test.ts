import { describe, expect, it } from 'vitest';
import { LearnerIdScanner, LearnerSet, provesMembership } from '../learner-set.ts';

const IDS = ['GT2021000018', 'GT2021000034', 'GT202200001X', 'GT2024000013', 'GT2024000021'];

describe('the learners of an import file', () => {
  it('finds every id, including one split across chunks, once', () => {
    const text = `studentId,holderName\n${IDS.join(',名\n')},名\n${IDS[0]},名\n`;
    const scanner = new LearnerIdScanner();
    const bytes = Buffer.from(text, 'utf8');
    // Cut inside an id and inside a multi-byte character.
    for (const [from, to] of [[0, 30], [30, 31], [31, 57], [57, bytes.length]]) scanner.push(bytes.subarray(from, to));
    expect([...scanner.ids].sort()).toEqual([...IDS].sort());
    expect(scanner.root()).toBe(new LearnerSet(IDS).root);
  });

  it('proves each member under the root, for sets of every shape', () => {
    for (let n = 1; n <= IDS.length; n++) {
      const set = new LearnerSet(IDS.slice(0, n));
      for (const id of IDS.slice(0, n)) expect(provesMembership(set.root, id, set.proof(id)), `${n}: ${id}`).toBe(true);
    }
  });

  it('has no proof for an outsider, and no member’s proof serves another id or another root', () => {
    const set = new LearnerSet(IDS.slice(0, 4));
    const outsider = IDS[4];
    expect(set.proof(outsider)).toBeNull();
    for (const id of IDS.slice(0, 4)) expect(provesMembership(set.root, outsider, set.proof(id))).toBe(false);
    expect(provesMembership(new LearnerSet(IDS).root, IDS[0], set.proof(IDS[0]))).toBe(false);
  });

  it('refuses a tampered proof, an inner node passed off as a leaf, and malformed proofs', () => {
    const set = new LearnerSet(IDS);
    const proof = set.proof(IDS[1])!;
    const flipped = proof.map((step, i) => (i === 0 ? `${step[0] === 'L' ? 'R' : 'L'}${step.slice(1)}` : step));
    expect(provesMembership(set.root, IDS[1], flipped)).toBe(false);
    expect(provesMembership(set.root, IDS[1], proof.slice(1))).toBe(false);
    for (const bad of [undefined, null, 'x', [42], ['Rnot-a-hash']]) expect(provesMembership(set.root, IDS[1], bad)).toBe(false);
  });
});
