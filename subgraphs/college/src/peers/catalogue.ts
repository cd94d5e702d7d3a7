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
  if (evidence.standardCode !== null) await requireStandard(peers, evidence.standardCode, 'standardCode');
  if (evidence.secondaryCourseCode !== null) await requireSecondaryCourses(peers, [evidence.secondaryCourseCode], secondaryProgramCode, 'secondaryCourseCode');
}

/** The standard is in the enterprise catalogue; refuses, naming `field`, otherwise. */
export async function requireStandard(peers: PeerLookups, code: string, field: string): Promise<void> {
  const data = requireData(await peers.ask('standard', { code }), 'the certificate standard');
  if (!data.certificateStandard) {
    throw badInput(`${field} ${code} is not a certificate standard on the hub; see certificateStandards`, { field });
  }
}

/** Every code is a course of the secondary programme (one lookup for all); refuses, naming `field`, otherwise. */
export async function requireSecondaryCourses(peers: PeerLookups, codes: readonly string[], secondaryProgramCode: string, field: string): Promise<void> {
  const data = requireData(await peers.ask('secondaryProgram', { code: secondaryProgramCode }), 'the secondary course');
  // A programme has far fewer courses than a page of 100 (the most one page holds).
  const program = data.secondaryProgram as { courses: { nodes: { code: string }[] } } | null;
  const taught = new Set(program?.courses.nodes.map((c) => c.code));
  const unknown = codes.find((code) => !taught.has(code));
  if (unknown !== undefined) {
    throw badInput(
      `${field} ${unknown} is not a course of ${secondaryProgramCode}, the agreement's secondary programme; see secondaryProgram(code: "${secondaryProgramCode}") { courses { nodes { code } } }`,
      { field },
    );
  }
}

/** True when a school, a college or an enterprise or evaluation organisation has this id. */
export async function organizationExists(peers: PeerLookups, id: string): Promise<boolean> {
  const data = requireData(await peers.ask('organization', { id }), 'the organisation');
  return [data.secondarySchool, data.college, data.certificationOrganization].some((found) => found != null);
}
