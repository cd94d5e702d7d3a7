/**
 * The request's loaders for certificate modules and the three-tier evaluation.
 * Each batch is one `WHERE key IN (…)` statement; learners' records are keyed
 * by learner, modules and gates by standard, so a page of 100 learners costs
 * the same statements as a page of 10. Lists are sorted here, not in SQL (see
 * `loaders.ts`).
 */
import { In, type DataSource } from 'typeorm';
import { groupLoader, rowLoader } from '@guantong/shared/loaders';
import { CertificateModuleEntity, type CertificateModuleRow } from '../entities/certificate-module.ts';
import { ExamGateEntity, type ExamGateRow } from '../entities/exam-gate.ts';
import { ExamRegistrationEntity, type ExamRegistrationRow } from '../entities/exam-registration.ts';
import { ModuleAssessmentEntity, type ModuleAssessmentRow } from '../entities/module-assessment.ts';
import { PreliminaryExamEntity, type PreliminaryExamRow } from '../entities/preliminary-exam.ts';

const bySequence = (a: CertificateModuleRow, b: CertificateModuleRow) => a.sequence - b.sequence;
/** "In the order taken": by date, then in the order recorded. Dates are ISO, so string order is date order. */
const byDateThenId = (a: { id: number }, b: { id: number }, dateA: string, dateB: string) => (dateA < dateB ? -1 : dateA > dateB ? 1 : a.id - b.id);

/** Creates the training loaders of one request; never share them between callers. */
export function createTrainingLoaders(db: DataSource) {
  const modules = db.getRepository(CertificateModuleEntity);
  const gates = db.getRepository(ExamGateEntity);
  const assessments = db.getRepository(ModuleAssessmentEntity);
  const exams = db.getRepository(PreliminaryExamEntity);
  const registrations = db.getRepository(ExamRegistrationEntity);
  return {
    moduleByCode: rowLoader<string, CertificateModuleRow>((codes) => modules.findBy({ code: In(codes) }), (row) => row.code),
    modulesByStandard: groupLoader<string, CertificateModuleRow>(
      async (codes) => (await modules.findBy({ standardCode: In(codes) })).sort(bySequence),
      (row) => row.standardCode,
    ),
    gateByStandard: rowLoader<string, ExamGateRow>((codes) => gates.findBy({ standardCode: In(codes) }), (row) => row.standardCode),
    assessmentsByStudent: groupLoader<string, ModuleAssessmentRow>(
      async (ids) => (await assessments.findBy({ studentId: In(ids) })).sort((a, b) => byDateThenId(a, b, a.assessedOn, b.assessedOn)),
      (row) => row.studentId,
    ),
    preliminaryExamsByStudent: groupLoader<string, PreliminaryExamRow>(
      async (ids) => (await exams.findBy({ studentId: In(ids) })).sort((a, b) => byDateThenId(a, b, a.takenOn, b.takenOn)),
      (row) => row.studentId,
    ),
    registrationsByStudent: groupLoader<string, ExamRegistrationRow>((ids) => registrations.findBy({ studentId: In(ids) }), (row) => row.studentId),
  };
}
