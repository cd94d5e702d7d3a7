/**
 * The request's loaders of the module marketplace. Each batch is one
 * `WHERE key IN (…)` statement, and the whole catalogue is read once per
 * request (three statements), so statements never grow with the learners asked for.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { compareText, groupLoader, rowLoader } from '@guantong/shared/loaders';
import { CertificateModuleEntity, type CertificateModuleRow } from '../entities/certificate-module.ts';
import { LearningReportEntity, type LearningReportRow } from '../entities/learning-report.ts';
import { ModuleAssessmentEntity, type ModuleAssessmentRow } from '../entities/module-assessment.ts';
import {
  ModuleCompetencyEntity, ModuleEnrolmentEntity, ModulePrerequisiteEntity,
  type ModuleCompetencyRow, type ModuleEnrolmentRow, type ModulePrerequisiteRow,
} from '../entities/module-catalogue.ts';

/** The module catalogue with each module's competencies and prerequisites. */
export interface Catalogue {
  modules: CertificateModuleRow[];
  competencies: Map<string, ModuleCompetencyRow[]>;
  prerequisites: Map<string, string[]>;
}

const byStartThenCode = (a: ModuleEnrolmentRow, b: ModuleEnrolmentRow) => compareText(a.startsOn, b.startsOn) || compareText(a.moduleCode, b.moduleCode);
/** Newest first: by date, then the later generated. */
const newestFirst = (a: LearningReportRow, b: LearningReportRow) => compareText(b.asOf, a.asOf) || b.id - a.id;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** Reads the whole catalogue in three statements. */
export const readCatalogue = (db: DataSource): Promise<Catalogue> => readCatalogueWith(db.manager);

/** The catalogue through an entity manager (a transaction's, when seeding). */
export async function readCatalogueWith(em: EntityManager): Promise<Catalogue> {
  const modules = await em.find(CertificateModuleEntity);
  const competencies = await em.find(ModuleCompetencyEntity);
  const prerequisites = await em.find(ModulePrerequisiteEntity);
  modules.sort((a, b) => compareText(a.code, b.code));
  const byItem = (a: ModuleCompetencyRow, b: ModuleCompetencyRow) => compareText(a.itemId, b.itemId);
  return {
    modules,
    competencies: new Map([...groupBy(competencies, (c) => c.moduleCode)].map(([k, v]) => [k, v.sort(byItem)])),
    prerequisites: new Map([...groupBy(prerequisites, (p) => p.moduleCode)].map(([k, v]) => [k, v.map((p) => p.prerequisiteCode).sort(compareText)])),
  };
}

/**
 * Creates the marketplace loaders of one request; never share them between callers.
 * Modules, their competencies and prerequisites are answered from the catalogue,
 * read once per request: however the request's resolvers happen to batch their
 * loads (different paths resolve at different moments), it costs the same three statements.
 */
export function createMarketplaceLoaders(db: DataSource) {
  let held: Promise<Catalogue> | undefined;
  const catalogue = () => (held ??= readCatalogue(db));
  const enrolments = db.getRepository(ModuleEnrolmentEntity);
  const reports = db.getRepository(LearningReportEntity);
  const assessments = db.getRepository(ModuleAssessmentEntity);
  return {
    /** The whole catalogue, read at most once per request. */
    catalogue,
    moduleByCode: rowLoader<string, CertificateModuleRow>(async () => (await catalogue()).modules, (row) => row.code),
    competenciesByModule: groupLoader<string, ModuleCompetencyRow>(
      async (codes) => {
        const { competencies } = await catalogue();
        return codes.flatMap((code) => competencies.get(code) ?? []);
      },
      (row) => row.moduleCode,
    ),
    prerequisitesByModule: groupLoader<string, ModulePrerequisiteRow>(
      async (codes) => {
        const { prerequisites } = await catalogue();
        return codes.flatMap((moduleCode) => (prerequisites.get(moduleCode) ?? []).map((prerequisiteCode) => ({ moduleCode, prerequisiteCode })));
      },
      (row) => row.moduleCode,
    ),
    moduleEnrolmentsByStudent: groupLoader<string, ModuleEnrolmentRow>(
      async (ids) => (await enrolments.findBy({ studentId: In(ids) })).sort(byStartThenCode),
      (row) => row.studentId,
    ),
    reportsByStudent: groupLoader<string, LearningReportRow>(
      async (ids) => (await reports.findBy({ studentId: In(ids) })).sort(newestFirst),
      (row) => row.studentId,
    ),
    reportById: rowLoader<number, LearningReportRow>((ids) => reports.findBy({ id: In(ids) }), (row) => row.id),
    assessmentById: rowLoader<number, ModuleAssessmentRow>((ids) => assessments.findBy({ id: In(ids) }), (row) => row.id),
  };
}
