/**
 * Seeds the demo's certificate training on its own: a demo database created
 * before the training tables existed gets them on its next start.
 */
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { chunks } from '@guantong/shared/database';
import { demoRoster } from '@guantong/shared/demo';
import { CertificateModuleEntity } from '../entities/certificate-module.ts';
import { ExamGateEntity } from '../entities/exam-gate.ts';
import { ExamRegistrationEntity } from '../entities/exam-registration.ts';
import { ModuleAssessmentEntity, type ModuleAssessmentRow } from '../entities/module-assessment.ts';
import { PreliminaryExamEntity, type PreliminaryExamRow } from '../entities/preliminary-exam.ts';
import { demoTraining } from './demo.ts';

async function insertAll<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: T[]): Promise<void> {
  for (const chunk of chunks(rows)) await em.insert(target, chunk);
}

const TABLES = [CertificateModuleEntity, ExamGateEntity, ModuleAssessmentEntity, PreliminaryExamEntity, ExamRegistrationEntity];

/**
 * Writes the training demo in one transaction when every training table is
 * empty; false when any holds a row, so nothing recorded is ever doubled.
 */
export async function seedTraining(db: DataSource): Promise<boolean> {
  for (const table of TABLES) if (await db.getRepository<ObjectLiteral>(table).exists()) return false;
  const demo = demoTraining(demoRoster());
  await db.transaction(async (em) => {
    await insertAll(em, CertificateModuleEntity, demo.modules);
    await insertAll(em, ExamGateEntity, demo.gates);
    await insertAll<Omit<ModuleAssessmentRow, 'id'>>(em, ModuleAssessmentEntity, demo.assessments);
    await insertAll<Omit<PreliminaryExamRow, 'id'>>(em, PreliminaryExamEntity, demo.exams);
    await insertAll(em, ExamRegistrationEntity, demo.registrations);
  });
  return true;
}
