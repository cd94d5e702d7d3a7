/**
 * Places in issuers' status lists. An index is taken with a conditional-free
 * `UPDATE … SET next_index = next_index + n` inside the caller's transaction:
 * on MariaDB the row lock holds concurrent takers back until commit, on SQLite
 * writes run one after another, and a unique key on (issuer, index) stands
 * behind both. The list's row is created beforehand in a transaction of its own,
 * so two first awards of an issuer never deadlock on creating it.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { nowInstant } from '@guantong/shared/clock';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { StatusEntryEntity, StatusListEntity, type StatusEntryRow } from '../entities/credential-status.ts';
import { AwardEntity } from '../entities/award.ts';
import { StandardEntity } from '../entities/standard.ts';

/**
 * Creates the issuer's list if it has none, in a transaction of its own before
 * the write that needs it (idempotent, safe under concurrency): inside that
 * write, two first writers would lock each other out on MariaDB.
 */
export async function ensureStatusList(db: DataSource, issuerId: string): Promise<void> {
  await writeTransaction(db, (em) =>
    em.createQueryBuilder().insert().into(StatusListEntity).values({ issuerId, nextIndex: 0, revision: 0, changedAt: nowInstant() }).orIgnore().updateEntity(false).execute(),
  );
}

/** The issuer of an award's standard, or undefined for an unknown serial. */
export async function issuerOfAward(db: DataSource, serial: string): Promise<string | undefined> {
  const award = await db.getRepository(AwardEntity).findOne({ where: { serial }, select: { serial: true, standardCode: true } });
  const standard = award && (await db.getRepository(StandardEntity).findOne({ where: { code: award.standardCode }, select: { code: true, issuerId: true } }));
  return standard?.issuerId;
}

/** Takes the next `serials.length` indexes of the issuer's list for these awards, in order. */
export async function takeStatusIndexes(em: EntityManager, issuerId: string, serials: readonly string[]): Promise<StatusEntryRow[]> {
  if (serials.length === 0) return [];
  const taken = await em.createQueryBuilder().update(StatusListEntity).set({ nextIndex: () => `next_index + ${serials.length}` }).where({ issuerId }).execute();
  if (!taken.affected) throw new Error(`issuer ${issuerId} has no status list: ensureStatusList must run first`);
  const list = await em.findOneByOrFail(StatusListEntity, { issuerId });
  const first = list.nextIndex - serials.length;
  const entries = serials.map((serial, i) => ({ serial, issuerId, statusIndex: first + i }));
  await em.insert(StatusEntryEntity, entries);
  return entries;
}

/** A revocation changes a bit: the list's revision and instant move on, in the revocation's transaction. */
export async function markStatusChanged(em: EntityManager, issuerId: string): Promise<void> {
  await em.createQueryBuilder().update(StatusListEntity).set({ revision: () => 'revision + 1', changedAt: nowInstant() }).where({ issuerId }).execute();
}

/**
 * The status entries of these awards; awards stored without one (demo data
 * loaded after the migration) are given one first, per issuer, in one write.
 */
export async function statusEntriesFor(db: DataSource, serials: readonly string[]): Promise<Map<string, StatusEntryRow>> {
  const found = new Map((await db.getRepository(StatusEntryEntity).findBy({ serial: In([...serials]) })).map((e) => [e.serial, e] as const));
  const missing = serials.filter((s) => !found.has(s));
  if (missing.length === 0) return found;
  const awards = await db.getRepository(AwardEntity).find({ where: { serial: In(missing) }, select: { serial: true, standardCode: true, status: true } });
  const revoked = new Set(awards.filter((a) => a.status === 'REVOKED').map((a) => a.serial));
  const standards = await db.getRepository(StandardEntity).findBy({ code: In([...new Set(awards.map((a) => a.standardCode))]) });
  const issuerOf = new Map(standards.map((s) => [s.code, s.issuerId] as const));
  const byIssuer = new Map<string, string[]>();
  for (const award of awards) {
    const issuer = issuerOf.get(award.standardCode);
    if (issuer) byIssuer.set(issuer, [...(byIssuer.get(issuer) ?? []), award.serial]);
  }
  for (const [issuerId, list] of byIssuer) {
    await ensureStatusList(db, issuerId);
    try {
      await writeTransaction(db, async (em) => {
        const taken = new Set((await em.findBy(StatusEntryEntity, { serial: In(list) })).map((e) => e.serial));
        const fresh = list.filter((s) => !taken.has(s)).sort();
        await takeStatusIndexes(em, issuerId, fresh);
        // An award revoked before it had a place sets its bit now: the signed list must change with it.
        if (fresh.some((s) => revoked.has(s))) await markStatusChanged(em, issuerId);
      });
    } catch (err) {
      // A concurrent request indexed them first: its indexes stand.
      if (!isUniqueViolation(err)) throw err;
    }
  }
  return new Map((await db.getRepository(StatusEntryEntity).findBy({ serial: In([...serials]) })).map((e) => [e.serial, e] as const));
}
