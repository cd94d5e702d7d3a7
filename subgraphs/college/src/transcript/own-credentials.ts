/**
 * The college's own signed parts of a transcript: the higher stage with every
 * result the college recorded, and the recorded progression decision with the
 * credit transfers it confirmed (and where each stands now).
 */
import {
  derivedCredentialId, hashedIdentifier, signCredential, stageCredential, type Credential, type IssuerIdentity, type SubgraphIssuers,
} from '@guantong/shared/credentials';
import type { Context } from '../context.ts';
import { PASS_MARK } from '../entities/course-result.ts';
import type { HigherEnrollmentRow } from '../entities/higher-enrollment.ts';
import type { ProgressionDecisionRow } from '../entities/progression-decision.ts';
import type { CertificateEvidence } from '../evidence/evidence.ts';
import { decisionView } from '../decisions/view.ts';
import { present } from '../resolvers/integrity.ts';
import { progressionCredential } from './progression-credential.ts';

export interface Signer {
  issuers: SubgraphIssuers;
  identity: IssuerIdentity;
  college: { id: string; name: string };
  /** The instant the transcript is stated: every part the college signs for it carries it. */
  issuedAt: string;
}

function sign(credential: Credential, signer: Signer): Promise<Credential> {
  return signCredential(credential, signer.identity, { created: signer.issuedAt });
}

const subjectOf = (signer: Signer, kind: string, learnerId: string) => hashedIdentifier(learnerId, signer.issuers.salt(`${kind}:${learnerId}`));

export async function higherStageCredential(ctx: Context, signer: Signer, enrollment: HigherEnrollmentRow): Promise<Credential> {
  const [program, results] = await Promise.all([ctx.loaders.programByCode.load(enrollment.programCode), ctx.loaders.resultsByStudent.load(enrollment.studentId)]);
  const courses = await Promise.all(results.map((r) => ctx.loaders.courseByCode.load(r.courseCode)));
  return sign(stageCredential({
    id: derivedCredentialId(signer.identity.did, 'higher-stage', enrollment.studentId, signer.issuedAt),
    issuer: { did: signer.identity.did, name: signer.college.name },
    stage: 'HIGHER',
    program: present(program, `programme ${enrollment.programCode}`),
    enrolledOn: enrollment.enrolledOn,
    completedOn: enrollment.completedOn,
    results: results.map((r, i) => {
      const course = present(courses[i], `course ${r.courseCode}`);
      return { courseCode: r.courseCode, title: course.title, credits: course.credits, term: r.term, score: r.score, passed: r.score >= PASS_MARK };
    }),
    subject: subjectOf(signer, 'higher-stage', enrollment.studentId),
    issuedAt: signer.issuedAt,
  }), signer);
}

/** The decision as recorded, with each transfer's standing today (reading it opens the reviews it calls for, as progressionDecision does). */
export async function progressionDecisionCredential(ctx: Context, signer: Signer, row: ProgressionDecisionRow, certificates: readonly CertificateEvidence[] | null): Promise<Credential> {
  const view = await decisionView(ctx, row, certificates);
  const [agreement, courses] = await Promise.all([
    ctx.loaders.agreementById.load(row.agreementId),
    Promise.all(view.transfers.map((t) => ctx.loaders.courseByCode.load(t.exemptedCourseCode))),
  ]);
  return sign(progressionCredential({
    id: derivedCredentialId(signer.identity.did, 'progression', row.studentId, signer.issuedAt),
    issuer: { did: signer.identity.did, name: signer.college.name },
    agreement: present(agreement, `agreement ${row.agreementId}`),
    decidedOn: row.decidedOn,
    requirementsVersion: row.requirementsVersion,
    checks: view.checks,
    transfers: view.transfers.map((t, i) => ({
      ruleId: t.ruleId, course: present(courses[i], `course ${t.exemptedCourseCode}`), credits: t.credits, explanation: t.explanation, status: t.status,
    })),
    subject: subjectOf(signer, 'progression', row.studentId),
    issuedAt: signer.issuedAt,
  }), signer);
}
