/**
 * Loads this subgraph's part of the deterministic demo dataset: the
 * organisations, certificate standards and recognition agreements of the
 * catalogue, every certificate awarded in the demo roster, and this
 * subgraph's own additions (demo/ladder.ts): the ladder and the ICV chain.
 * Every agreement is stored with its history (demo/agreements.ts): proposed by
 * one issuer and accepted by the other, or, for one, still pending. The
 * issuers' accreditations and exam sessions (demo/accreditations.ts) come last.
 */
import { In, type DataSource } from 'typeorm';
import { insertInChunks } from '@guantong/shared/database';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { ladderOrganizations, ladderPrerequisites, ladderRecognitions, ladderStandards } from './demo/ladder.ts';
import { AwardEntity, type AwardRow } from './entities/award.ts';
import { OrganizationEntity, type OrganizationRow } from './entities/organization.ts';
import { PrerequisiteEntity } from './entities/prerequisite.ts';
import { RecognitionEventEntity } from './entities/recognition-event.ts';
import { RecognitionEntity } from './entities/recognition.ts';
import { demoAgreements } from './demo/agreements.ts';
import { StandardEntity, type StandardRow } from './entities/standard.ts';
import { seedAccreditations } from './demo/seed-accreditations.ts';
import { seedCurriculum } from './curriculum/seed.ts';

function requireName(nameOf: ReadonlyMap<string, string>, studentId: string): string {
  const name = nameOf.get(studentId);
  if (name === undefined) throw new Error(`demo roster is inconsistent: award to unknown learner ${studentId}`);
  return name;
}

/**
 * Writes the demo data: the shared catalogue and roster into an empty
 * database, then the ladder additions wherever they are missing, so a demo
 * database seeded before them gets them too. Each step is one transaction.
 * Returns false when nothing was written.
 */
export async function seedDemo(db: DataSource): Promise<boolean> {
  const wroteRoster = await seedCatalogAndRoster(db);
  const wroteLadder = await seedLadder(db);
  const wroteAccreditations = await seedAccreditations(db);
  const wroteCurriculum = await seedCurriculum(db);
  return wroteRoster || wroteLadder || wroteAccreditations || wroteCurriculum;
}

async function seedCatalogAndRoster(db: DataSource): Promise<boolean> {
  if (await db.getRepository(OrganizationEntity).exists()) return false;
  const organizations: OrganizationRow[] = catalog.organizations.map(({ id, name, kind }) => ({ id, name, kind }));
  const standards: StandardRow[] = catalog.standards.map(({ code, name, kind, level, description, issuerId }) => ({
    code, name, kind, level, description, issuerId,
  }));
  const recognitions = demoAgreements(catalog.recognitions, new Map(standards.map((s) => [s.code, s.issuerId] as const)));
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
    await insertInChunks(em, OrganizationEntity, organizations);
    await insertInChunks(em, StandardEntity, standards);
    await insertInChunks(em, RecognitionEntity, recognitions.rows);
    await insertInChunks(em, RecognitionEventEntity, recognitions.events);
    await insertInChunks(em, AwardEntity, awards);
  });
  return true;
}

/**
 * The ladder additions: organisations, standards and agreements missing by key,
 * and the prerequisites when that table is empty. Agreements and rungs whose
 * standards are not in the catalogue are skipped rather than left dangling.
 */
async function seedLadder(db: DataSource): Promise<boolean> {
  return db.transaction(async (em) => {
    const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
    const orgIds = new Set(ids(await em.findBy(OrganizationEntity, { id: In(ids(ladderOrganizations)) })));
    const organizations = ladderOrganizations.filter((o) => !orgIds.has(o.id));
    const issuerOf = new Map((await em.find(StandardEntity, { select: { code: true, issuerId: true } })).map((s) => [s.code, s.issuerId] as const));
    const standards = ladderStandards.filter((s) => !issuerOf.has(s.code));
    for (const { code, issuerId } of standards) issuerOf.set(code, issuerId);
    const known = (...codes: string[]) => codes.every((code) => issuerOf.has(code));
    const agreementIds = new Set(ids(await em.findBy(RecognitionEntity, { id: In(ids(ladderRecognitions)) })));
    const recognitions = demoAgreements(ladderRecognitions.filter((r) => !agreementIds.has(r.id) && known(r.fromCode, r.toCode)), issuerOf);
    const rungs = (await em.exists(PrerequisiteEntity)) ? [] : ladderPrerequisites.filter((r) => known(r.standardCode, r.requiresCode));
    await insertInChunks(em, OrganizationEntity, organizations);
    await insertInChunks(em, StandardEntity, standards);
    await insertInChunks(em, RecognitionEntity, recognitions.rows);
    await insertInChunks(em, RecognitionEventEntity, recognitions.events);
    await insertInChunks(em, PrerequisiteEntity, rungs);
    return organizations.length + standards.length + recognitions.rows.length + rungs.length > 0;
  });
}
