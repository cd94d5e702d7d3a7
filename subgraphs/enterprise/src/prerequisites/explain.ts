/**
 * RecognizedCertificate.explanation: why a learner counts as holding a
 * standard, in one sentence for them and their family.
 */
import type { RecognizedCertificateView } from '../recognition/certificates.ts';

export function explainRecognition(r: RecognizedCertificateView): string {
  const steps = r.path.map((step) => `${step.standardCode} is recognised as ${step.counterpartCode} (${step.agreement.basis})`).join(', then ');
  const until = r.effectiveTo === null ? 'with no end date' : `until ${r.effectiveTo}`;
  return `The learner's certificate ${r.award.serial} (${r.award.standardCode}, issued ${r.award.issuedOn}) counts as ${r.standard.code} because ${steps}; this holds from ${r.effectiveFrom} ${until}.`;
}
