import { countAround } from '@guantong/shared/paging-sql';
import { authorize } from '@guantong/shared/policy';
import { badInput } from '@guantong/shared/errors';
import { todayInChina } from '@guantong/shared/clock';
import { requireDate } from '@guantong/shared/validation';
import type { FindOptionsWhere } from 'typeorm';
import { checkAccreditation } from '../accreditation/check.ts';
import { issuingReport } from '../accreditation/issuing-report.ts';
import { decodeCursor, pageOf, requirePageSize } from '../accreditation/paging.ts';
import { withHistory } from '../accreditation/store.ts';
import { AccreditationEventEntity } from '../entities/accreditation-event.ts';
import { AccreditationEntity, type AccreditationRow } from '../entities/accreditation.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

const MAX_PAGE = 100;
type Key = Pick<AccreditationRow, 'organizationId' | 'standardCode' | 'validFrom' | 'id'>;
const KEY_PARTS = ['organizationId', 'standardCode', 'validFrom', 'id'] as const;
/** The list's order, as a cursor: organisation, standard, first day, id (none holds a line break). */
const keyOf = (row: Key) => KEY_PARTS.map((part) => row[part]).join('\n');
const isKey = (key: string) => key.split('\n').length === KEY_PARTS.length;

/**
 * Rows after `key` in the list's order. The key columns compare byte by byte
 * on MariaDB (utf8mb4_bin) as on SQLite, so the database orders them as the
 * cursor does.
 */
function afterKey(key: string): { clause: string; params: Record<string, string> } {
  const values = key.split('\n');
  const params = Object.fromEntries(values.map((value, i) => [`k${i}`, value]));
  const column = (i: number) => `a.${KEY_PARTS[i]}`;
  const clauses = KEY_PARTS.map((_part, i) => [...KEY_PARTS.slice(0, i).map((_earlier, j) => `${column(j)} = :k${j}`), `${column(i)} > :k${i}`].join(' AND '));
  return { clause: clauses.map((c) => `(${c})`).join(' OR '), params };
}

/** Accreditations are public, like the catalogue; the issuing report is the supervisor's and the organisation's. */
export const accreditationQueries: Pick<QueryResolvers, 'accreditation' | 'accreditations' | 'accreditationStanding' | 'issuingReport'> = {
  async accreditation(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const record = await ctx.loaders.accreditationById.load(id);
    // MariaDB ignores trailing spaces when it compares; the id must match exactly.
    return record?.id === id ? record : null;
  },
  /** Three statements whatever the page: the count, the page (one row more than asked), its histories. */
  async accreditations(_parent, args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const first = requirePageSize(args.first ?? 20, MAX_PAGE);
    const where: FindOptionsWhere<AccreditationRow> = {};
    if (args.organizationId != null) where.organizationId = args.organizationId;
    if (args.standardCode != null) where.standardCode = args.standardCode;
    if (args.status != null) where.status = args.status;
    const repository = ctx.db.getRepository(AccreditationEntity);
    const cut = args.after == null ? null : afterKey(decodeCursor(args.after, isKey));
    const counts = await countAround(repository.createQueryBuilder('a').where(where), cut && { condition: `NOT (${cut.clause})`, params: cut.params });
    const page = repository.createQueryBuilder('a').where(where);
    if (cut !== null) page.andWhere(`(${cut.clause})`, cut.params);
    for (const part of KEY_PARTS) page.addOrderBy(`a.${part}`, 'ASC');
    const rows = await page.limit(first + 1).getMany();
    const records = await withHistory(ctx.db.getRepository(AccreditationEventEntity), rows);
    for (const record of records) ctx.loaders.accreditationById.prime(record.id, record);
    return pageOf(records, first, { totalCount: counts.totalCount, hasPreviousPage: counts.before > 0 }, keyOf);
  },
  async accreditationStanding(_parent, { organizationId, standardCode, on }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const day = on == null ? todayInChina() : requireDate(on, 'on');
    const [organization, standard] = await Promise.all([ctx.loaders.organizationById.load(organizationId), ctx.loaders.standardByCode.load(standardCode)]);
    if (!organization) throw badInput(`organizationId "${organizationId}" is not an organisation on the hub; see certificationOrganizations`, { field: 'organizationId' });
    if (!standard) throw badInput(`standardCode "${standardCode}" is not a certificate standard on the hub; see certificateStandards`, { field: 'standardCode' });
    return checkAccreditation(ctx, { organizationId, standardCode, on: day });
  },
  issuingReport: (_parent, { organizationId, from, to }, ctx) => issuingReport(ctx, organizationId, from ?? null, to ?? null),
};
