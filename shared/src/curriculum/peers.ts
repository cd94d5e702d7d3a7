/**
 * What a school or a college confirms with the other institutions before it
 * maps a course: that the certificate content units exist in the enterprise
 * catalogue. (The competency items are the college's: the college checks its
 * own, the school asks it.)
 */
import { badInput } from '../errors.ts';
import { requireData, type PeerLookups } from '../peer-lookups.ts';
import type { ContentInput } from './remap.ts';

export async function requireContentUnits(peers: PeerLookups, content: readonly ContentInput[]): Promise<void> {
  for (const standardCode of [...new Set(content.map((c) => c.standardCode))]) {
    const data = requireData(await peers.ask('contentUnits', { code: standardCode }), 'the certificate content units');
    const standard = data.certificateStandard as { contentUnits: { nodes: { code: string }[] } } | null;
    if (!standard) throw badInput(`certificateContent names standard ${standardCode}, which is not in the enterprise catalogue; see certificateStandards`, { field: 'certificateContent.standardCode' });
    const known = new Set(standard.contentUnits.nodes.map((u) => u.code));
    const unknown = content.filter((c) => c.standardCode === standardCode && !known.has(c.unitCode)).map((c) => c.unitCode);
    if (unknown.length) {
      throw badInput(`standard ${standardCode} has no content unit ${unknown.join(', ')}; its units are ${[...known].join(', ') || 'not defined yet'}`, { field: 'certificateContent.unitCode' });
    }
  }
}
