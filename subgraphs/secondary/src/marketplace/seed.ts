/**
 * Seeds the demo's module marketplace on its own, when its catalogue rows are
 * missing: each module's hours and provider, competencies and prerequisites,
 * the learners' module enrolments (shared/src/demo/modules.ts), and a learning
 * report for every module assessment, built as recordModuleAssessment builds it. A demo
 * database from before the marketplace gets it on its next start.
 */
import type { DataSource } from 'typeorm';
import { insertInChunks } from '@guantong/shared/database';
import { demoRoster, modules as marketplace } from '@guantong/shared/demo';
import { CertificateModuleEntity } from '../entities/certificate-module.ts';
import { ModuleCompetencyEntity, ModuleEnrolmentEntity, ModulePrerequisiteEntity, type ModuleCompetencyRow, type ModulePrerequisiteRow } from '../entities/module-catalogue.ts';
import { demoTraining } from '../training/demo.ts';
import { ExamGateEntity } from '../entities/exam-gate.ts';
import { LearningReportEntity } from '../entities/learning-report.ts';
import { ModuleAssessmentEntity } from '../entities/module-assessment.ts';
import { PreliminaryExamEntity } from '../entities/preliminary-exam.ts';
import { demoReports } from '../reports/demo.ts';
import { moduleFactsOf } from '../reports/generate.ts';
import { readCatalogueWith } from './loaders.ts';

/** What each demo module teaches and needs first, as rows. */
export function demoCatalogueRows(): { competencies: ModuleCompetencyRow[]; prerequisites: ModulePrerequisiteRow[] } {
  const specs = [...Object.entries(marketplace.NED_MODULES).map(([code, spec]) => ({ code, ...spec })), ...marketplace.NE_MODULES];
  return {
    competencies: specs.flatMap((m) => m.competencies.map((c) => ({ moduleCode: m.code, ...c }))),
    prerequisites: specs.flatMap((m) => m.prerequisites.map((prerequisiteCode) => ({ moduleCode: m.code, prerequisiteCode }))),
  };
}

/** Writes the marketplace demo in one transaction when no module has competencies yet; false otherwise. */
export async function seedMarketplace(db: DataSource): Promise<boolean> {
  if (await db.getRepository(ModuleCompetencyEntity).exists()) return false;
  const roster = demoRoster();
  const training = demoTraining(roster);
  const { competencies, prerequisites } = demoCatalogueRows();
  const enrolments = marketplace.demoModuleEnrolments(roster.students, training.assessments);
  await db.transaction(async (em) => {
    for (const module of training.modules) {
      const { affected } = await em.update(CertificateModuleEntity, { code: module.code }, { hours: module.hours, providerId: module.providerId });
      if (!affected) await em.insert(CertificateModuleEntity, module);
    }
    await insertInChunks(em, ModuleCompetencyEntity, competencies);
    await insertInChunks(em, ModulePrerequisiteEntity, prerequisites);
    await insertInChunks(em, ModuleEnrolmentEntity, enrolments);
    // The reports name their assessments by id: read them back as stored.
    const assessments = await em.find(ModuleAssessmentEntity);
    const exams = await em.find(PreliminaryExamEntity);
    const thresholds = new Map((await em.find(ExamGateEntity)).map((g) => [g.standardCode, g.preliminaryThreshold]));
    const catalogue = moduleFactsOf(await readCatalogueWith(em));
    await insertInChunks(em, LearningReportEntity, demoReports({ catalogue, assessments, enrolments, exams, thresholds }, roster), 50);
  });
  return true;
}
