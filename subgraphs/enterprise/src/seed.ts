/**
 * Loads this subgraph's part of the deterministic demo dataset: the
 * organisations, certificate standards and recognition agreements of the
 * catalogue, and every certificate awarded in the demo roster.
 */
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { chunks } from '@guantong/shared/database';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { AwardEntity, type AwardRow } from './entities/award.ts';
import { OrganizationEntity, type OrganizationRow } from './entities/organization.ts';
import { RecognitionEntity, type RecognitionRow } from './entities/recognition.ts';
import { StandardEntity, type StandardRow } from './entities/standard.ts';

async function insertAll<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: T[]): Promise<void> {
  for (const chunk of chunks(rows)) await em.insert(target, chunk);
}

function requireName(nameOf: ReadonlyMap<string, string>, studentId: string): string {
  const name = nameOf.get(studentId);
  if (name === undefined) throw new Error(`demo roster is inconsistent: award to unknown learner ${studentId}`);
  return name;
}

/** Writes the demo data into an empty database, in one transaction. Returns false when data is already there. */
export async function seedDemo(db: DataSource): Promise<boolean> {
  if (await db.getRepository(OrganizationEntity).exists()) return false;
  const organizations: OrganizationRow[] = catalog.organizations.map(({ id, name, kind }) => ({ id, name, kind }));
  const standards: StandardRow[] = catalog.standards.map(({ code, name, kind, level, description, issuerId }) => ({
    code, name, kind, level, description, issuerId,
  }));
  const recognitions: RecognitionRow[] = catalog.recognitions.map(({ id, fromCode, toCode, mutual, effectiveFrom, effectiveTo, basis }) => ({
    id, fromCode, toCode, mutual, effectiveFrom, effectiveTo, basis,
  }));
  const roster = demoRoster();
  // Demo certificates are printed with the learner's registered name.
  const nameOf = new Map(roster.students.map((s) => [s.id, s.name] as const));
  const awards: AwardRow[] = roster.awards.map((a) => ({
    serial: a.serial,
    studentId: a.studentId,
    holderName: requireName(nameOf, a.studentId),
    standardCode: a.standardCode,
    issuedOn: a.issuedOn,
    score: a.score,
    status: a.status,
    revokedOn: a.revokedOn,
    revocationReason: a.revocationReason,
  }));
  await db.transaction(async (em) => {
    await insertAll(em, OrganizationEntity, organizations);
    await insertAll(em, StandardEntity, standards);
    await insertAll(em, RecognitionEntity, recognitions);
    await insertAll(em, AwardEntity, awards);
  });
  return true;
}
