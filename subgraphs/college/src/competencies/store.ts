/**
 * Storing and reading a framework version as a whole: the CASE records and
 * the rows they are kept in. importCompetencyFramework and the demo seed
 * write through here; CompetencyFramework.caseJson reads through here.
 */
import { In, type EntityManager } from 'typeorm';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import { AssociationEntity, FrameworkEntity, ItemEntity, type AssociationRow, type FrameworkRow, type ItemRow } from '../entities/competency-framework.ts';
import { fromCasePackage, toCasePackage, type AssociationRecord, type CaseFramework } from './case.ts';

const associationRow = (frameworkId: string, a: AssociationRecord): AssociationRow => ({
  id: a.id, frameworkId, uri: a.uri, type: a.type, originId: a.origin.id, originUri: a.origin.uri, originTitle: a.origin.title,
  destinationId: a.destination.id, destinationUri: a.destination.uri, destinationTitle: a.destination.title, sequence: a.sequence, lastChangeDateTime: a.lastChangeDateTime,
});

export const associationRecord = (a: AssociationRow): AssociationRecord => ({
  id: a.id, uri: a.uri, type: a.type, origin: { id: a.originId, uri: a.originUri, title: a.originTitle },
  destination: { id: a.destinationId, uri: a.destinationUri, title: a.destinationTitle }, sequence: a.sequence, lastChangeDateTime: a.lastChangeDateTime,
});

const itemRecord = ({ frameworkId: _f, ...item }: ItemRow) => item;
const frameworkRecord = ({ agreementId: _a, ...framework }: FrameworkRow) => framework;

/** Inserts a whole version in the caller's transaction; CONFLICT when any identifier is on the hub already. */
export async function storeFramework(em: EntityManager, agreementId: string, f: CaseFramework): Promise<FrameworkRow> {
  const taken = await Promise.all([
    em.countBy(FrameworkEntity, { id: f.framework.id }),
    f.items.length ? em.countBy(ItemEntity, { id: In(f.items.map((i) => i.id)) }) : 0,
    f.associations.length ? em.countBy(AssociationEntity, { id: In(f.associations.map((a) => a.id)) }) : 0,
  ]);
  if (taken.some((n) => n > 0)) {
    throw conflict(`framework ${f.framework.id} (or one of its items or associations) is on the hub already; a new version needs new identifiers`);
  }
  const framework: FrameworkRow = { ...f.framework, agreementId };
  await em.insert(FrameworkEntity, framework);
  if (f.items.length) await em.insert(ItemEntity, f.items.map((i) => ({ ...i, frameworkId: framework.id })));
  if (f.associations.length) await em.insert(AssociationEntity, f.associations.map((a) => associationRow(framework.id, a)));
  return framework;
}

export async function importFramework(ctx: Context, agreementId: string, document: string): Promise<FrameworkRow> {
  const agreement = await ctx.loaders.agreementById.load(agreementId);
  if (!agreement) throw badInput(`agreementId "${agreementId}" is not an articulation agreement on this hub; see articulationAgreements`, { field: 'agreementId' });
  authorize(ctx.actor, { action: 'org:write', organizationId: agreement.collegeId, staffRole: 'COLLEGE_STAFF' });
  const parsed = fromCasePackage(document);
  try {
    return await writeTransaction(ctx.db, (em) => storeFramework(em, agreementId, parsed));
  } catch (err) {
    // The same package imported twice at once: the primary keys keep one.
    if (isUniqueViolation(err)) throw conflict(`framework ${parsed.framework.id} was imported by another request at the same time`);
    throw err;
  }
}

/** The version as a CASE package, as JSON text: three batched statements. */
export async function caseJsonOf(ctx: Context, framework: FrameworkRow): Promise<string> {
  const [items, associations] = await Promise.all([ctx.loaders.itemsByFramework.load(framework.id), ctx.loaders.associationsByFramework.load(framework.id)]);
  const pkg = toCasePackage({ framework: frameworkRecord(framework), items: items.map(itemRecord), associations: associations.map(associationRecord) });
  return JSON.stringify(pkg);
}
