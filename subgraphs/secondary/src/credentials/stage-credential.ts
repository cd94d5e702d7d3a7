/**
 * The school's signed statement of a learner's secondary stage: what it
 * enrolled them in and every result it recorded, signed with the school's own
 * key, so the college can carry it in the transcript without speaking for it.
 */
import { nowInstant } from '@guantong/shared/clock';
import { derivedCredentialId, hashedIdentifier, signCredential, stageCredential, type Credential } from '@guantong/shared/credentials';
import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../entities/enrollment.ts';
import { PASS_MARK } from '../resolvers/result.ts';
import { requireRow } from '../resolvers/require-row.ts';

/** The stage of an enrolment the caller may read (the caller has been allowed part RESULTS). */
export async function secondaryStageCredential(ctx: Context, enrollment: EnrollmentRow): Promise<Credential> {
  const { loaders } = ctx;
  const issuers = loaders.issuers();
  const [school, program, results, identity] = await Promise.all([
    loaders.schoolById.load(enrollment.schoolId),
    loaders.programByCode.load(enrollment.programCode),
    loaders.resultsByStudent.load(enrollment.studentId),
    issuers.identity(enrollment.schoolId),
  ]);
  const courses = await Promise.all(results.map((r) => loaders.courseByCode.load(r.courseCode)));
  const issuedAt = nowInstant();
  const unsigned = stageCredential({
    id: derivedCredentialId(identity.did, 'secondary-stage', enrollment.studentId, issuedAt),
    issuer: { did: identity.did, name: requireRow(school, 'school', enrollment.schoolId).name },
    stage: 'SECONDARY',
    program: requireRow(program, 'programme', enrollment.programCode),
    enrolledOn: enrollment.enrolledOn,
    completedOn: enrollment.completedOn,
    results: results.map((r, i) => {
      const course = requireRow(courses[i], 'course', r.courseCode);
      return { courseCode: r.courseCode, title: course.title, credits: course.credits, term: r.term, score: r.score, passed: r.score >= PASS_MARK };
    }),
    subject: hashedIdentifier(enrollment.studentId, issuers.salt(`secondary-stage:${enrollment.studentId}`)),
    issuedAt,
  });
  return signCredential(unsigned, identity, { created: issuedAt });
}
