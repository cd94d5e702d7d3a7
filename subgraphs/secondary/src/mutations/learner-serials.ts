/**
 * Learner serials without a hot spot: each cohort has a counter row
 * (learner_serial). An enrolment increments it inside its own transaction; the
 * UPDATE locks the row until the enrolment commits (SQLite runs write
 * transactions one at a time anyway), so concurrent enrolments of one cohort
 * take consecutive serials in turn instead of drawing the same one and failing.
 * A failed enrolment rolls its increment back, so no serial is skipped.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { conflict } from '@guantong/shared/errors';
import { LearnerEntity } from '../entities/learner.ts';
import { LearnerSerialEntity } from '../entities/learner-serial.ts';

const MAX_SERIAL = 99_999;

/** The highest serial among the cohort's learners. Ids are fixed-width, so the greatest id holds it. */
async function highestSerial(em: EntityManager, cohort: number): Promise<number> {
  const row = await em
    .createQueryBuilder(LearnerEntity, 'learner')
    .select('MAX(learner.id)', 'maxId')
    .where('learner.id LIKE :prefix', { prefix: `GT${cohort}%` })
    .getRawOne<{ maxId: string | null }>();
  return row?.maxId ? Number(row.maxId.slice(6, 11)) : 0;
}

/**
 * Creates the cohort's counter on its first enrolment, in a short transaction
 * of its own, starting after any learner written without it (the demo seed).
 * Two first enrolments at once both try; INSERT IGNORE keeps the first.
 */
export async function ensureCohortCounter(db: DataSource, cohort: number): Promise<void> {
  if (await db.manager.existsBy(LearnerSerialEntity, { cohort })) return;
  await writeTransaction(db, async (em) => {
    const lastSerial = await highestSerial(em, cohort);
    await em.createQueryBuilder().insert().into(LearnerSerialEntity).values({ cohort, lastSerial }).orIgnore().execute();
  });
}

/** The cohort's next serial, held (row-locked) by the calling transaction until it ends. */
export async function takeSerial(em: EntityManager, cohort: number): Promise<number> {
  await em.createQueryBuilder().update(LearnerSerialEntity).set({ lastSerial: () => 'last_serial + 1' }).where('cohort = :cohort', { cohort }).execute();
  const { lastSerial } = await em.findOneByOrFail(LearnerSerialEntity, { cohort });
  if (lastSerial > MAX_SERIAL) throw conflict(`cohort ${cohort} has used every learner serial; no more learners can be enrolled in it`);
  return lastSerial;
}

/** Moves the cohort's counter past a serial taken outside it (a learner id kept by a bulk import). */
export async function passSerial(em: EntityManager, cohort: number, serial: number): Promise<void> {
  await em.createQueryBuilder().update(LearnerSerialEntity).set({ lastSerial: serial }).where('cohort = :cohort AND last_serial < :serial', { cohort, serial }).execute();
}
