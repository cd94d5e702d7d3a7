/**
 * Catalogue facts the college confirms with their owners before it writes:
 * a certificate standard (the enterprise catalogue), a secondary programme's
 * courses (the school's), and whether an organisation exists anywhere on the hub.
 */
import { badInput } from '@guantong/shared/errors';
import { requireData, type PeerLookups } from '@guantong/shared/peer-lookups';

/** A credit rule's evidence must exist: its standard in the catalogue, its course in the agreement's secondary programme. */
export async function requireRuleEvidence(
  peers: PeerLookups,
  evidence: { standardCode: string | null; secondaryCourseCode: string | null },
  secondaryProgramCode: string,
): Promise<void> {
  if (evidence.standardCode !== null) {
    const data = requireData(await peers.ask('standard', { code: evidence.standardCode }), 'the certificate standard');
    if (!data.certificateStandard) {
      throw badInput(`standardCode ${evidence.standardCode} is not a certificate standard on the hub; see certificateStandards`, { field: 'standardCode' });
    }
  }
  if (evidence.secondaryCourseCode !== null) {
    const data = requireData(await peers.ask('secondaryProgram', { code: secondaryProgramCode }), 'the secondary course');
    // A programme has far fewer courses than a page of 100 (the most one page holds).
    const program = data.secondaryProgram as { courses: { nodes: { code: string }[] } } | null;
    if (!program?.courses.nodes.some((c) => c.code === evidence.secondaryCourseCode)) {
      throw badInput(
        `secondaryCourseCode ${evidence.secondaryCourseCode} is not a course of ${secondaryProgramCode}, the agreement's secondary programme; see secondaryProgram(code: "${secondaryProgramCode}") { courses { nodes { code } } }`,
        { field: 'secondaryCourseCode' },
      );
    }
  }
}

/** True when a school, a college or an enterprise or evaluation organisation has this id. */
export async function organizationExists(peers: PeerLookups, id: string): Promise<boolean> {
  const data = requireData(await peers.ask('organization', { id }), 'the organisation');
  return [data.secondarySchool, data.college, data.certificationOrganization].some((found) => found != null);
}
