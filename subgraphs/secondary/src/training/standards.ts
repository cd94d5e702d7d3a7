/**
 * What this subgraph knows of a certificate standard. Standards belong to the
 * enterprise subgraph; a standard is "known here" when it has training modules
 * or an exam gate here, and only then are its exams recorded and registered here.
 */
import { badInput } from '@guantong/shared/errors';
import type { CertificateModuleRow } from '../entities/certificate-module.ts';
import type { Loaders } from '../loaders.ts';
import { thresholdOf } from './rules.ts';

export interface StandardHere {
  code: string;
  known: boolean;
  /** The preliminary score needed to register for the formal exam. */
  threshold: number;
  /** In teaching order. */
  modules: CertificateModuleRow[];
}

/** The standard's modules and gate, through the request's loaders. */
export async function standardHere(loaders: Loaders, code: string): Promise<StandardHere> {
  const [modules, gate] = await Promise.all([loaders.modulesByStandard.load(code), loaders.gateByStandard.load(code)]);
  return { code, known: modules.length > 0 || gate !== null, threshold: thresholdOf(gate), modules };
}

/** The standard, or BAD_USER_INPUT when none of its exams are handled here. */
export async function requireKnownStandard(loaders: Loaders, code: string): Promise<StandardHere> {
  const standard = await standardHere(loaders, code);
  if (!standard.known) {
    throw badInput(`standardCode "${code}" has no training modules or exam gate here: use a standard whose exams are taken at the secondary stage, e.g. X-OSOP-1`, { field: 'standardCode' });
  }
  return standard;
}
