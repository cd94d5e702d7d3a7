/**
 * Seeds the demo's accreditations (with their history) and exam sessions,
 * each where its table is empty, so a demo database seeded before they
 * existed gets them too; without accreditations its 1+X awards would be
 * refused.
 * Entries whose standards are not in the catalogue are skipped.
 */
import type { DataSource } from 'typeorm';
import { insertInChunks } from '@guantong/shared/database';
import { demoRoster } from '@guantong/shared/demo';
import { AccreditationEventEntity } from '../entities/accreditation-event.ts';
import { AccreditationEntity } from '../entities/accreditation.ts';
import { ExamSessionEntity } from '../entities/exam-session.ts';
import { StandardEntity } from '../entities/standard.ts';
import { demoAccreditationRows, demoExamSessions } from './accreditations.ts';

export async function seedAccreditations(db: DataSource): Promise<boolean> {
  return db.transaction(async (em) => {
    const known = new Set((await em.find(StandardEntity, { select: { code: true } })).map((s) => s.code));
    const accreditations = (await em.exists(AccreditationEntity)) ? { rows: [], events: [] } : demoAccreditationRows();
    const rows = accreditations.rows.filter((row) => known.has(row.standardCode));
    const ids = new Set(rows.map((row) => row.id));
    const sessions = (await em.exists(ExamSessionEntity)) ? [] : demoExamSessions(demoRoster().awards).filter((s) => known.has(s.standardCode));
    await insertInChunks(em, AccreditationEntity, rows);
    await insertInChunks(em, AccreditationEventEntity, accreditations.events.filter((event) => ids.has(event.accreditationId)));
    await insertInChunks(em, ExamSessionEntity, sessions);
    return rows.length + sessions.length > 0;
  });
}
