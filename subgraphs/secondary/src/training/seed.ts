/**
 * Seeds the demo's certificate training on its own: a demo database created
 * before the training tables existed gets them on its next start.
 */
import type { DataSource, ObjectLiteral } from 'typeorm';
import { insertInChunks } from '@guantong/shared/database';
import { demoRoster } from '@guantong/shared/demo';
import { CertificateModuleEntity } from '../entities/certificate-module.ts';
import { ExamGateEntity } from '../entities/exam-gate.ts';
import { ExamRegistrationEntity } from '../entities/exam-registration.ts';
import { ModuleAssessmentEntity } from '../entities/module-assessment.ts';
import { PreliminaryExamEntity } from '../entities/preliminary-exam.ts';
import { demoTraining } from './demo.ts';

const TABLES = [CertificateModuleEntity, ExamGateEntity, ModuleAssessmentEntity, PreliminaryExamEntity, ExamRegistrationEntity];

/**
 * Writes the training demo in one transaction when every training table is
 * empty; false when any holds a row, so nothing recorded is ever doubled.
 */
export async function seedTraining(db: DataSource): Promise<boolean> {
  for (const table of TABLES) if (await db.getRepository<ObjectLiteral>(table).exists()) return false;
  const demo = demoTraining(demoRoster());
  await db.transaction(async (em) => {
    await insertInChunks(em, CertificateModuleEntity, demo.modules);
    await insertInChunks(em, ExamGateEntity, demo.gates);
    await insertInChunks(em, ModuleAssessmentEntity, demo.assessments);
    await insertInChunks(em, PreliminaryExamEntity, demo.exams);
    await insertInChunks(em, ExamRegistrationEntity, demo.registrations);
  });
  return true;
}
