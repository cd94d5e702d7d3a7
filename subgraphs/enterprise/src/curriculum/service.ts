/**
 * The enterprise catalogue's curriculum data: a standard's content units (its
 * issuer defines them) and job positions (their employer adds them). The
 * competency items they name are the college's, confirmed through the gateway.
 */
import { nowInstant } from '@guantong/shared/clock';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { requireData } from '@guantong/shared/peer-lookups';
import { authorize } from '@guantong/shared/policy';
import { requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { ContentUnitEntity, ContentUnitItemEntity, JobPositionEntity, JobRequirementEntity, type JobPositionRow } from '../entities/curriculum.ts';
import type { StandardRow } from '../entities/standard.ts';
import type { ContentUnitInput, JobPositionInput } from '../generated/resolvers.ts';

async function requireItems(ctx: Context, ids: readonly string[], field: string): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const data = requireData(await ctx.peers.ask('competencyItems', { ids: wanted }), 'the competency items');
  const found = new Set((data.competencyItems as { nodes: { id: string }[] }).nodes.map((i) => i.id));
  const unknown = wanted.filter((id) => !found.has(id));
  if (unknown.length) throw badInput(`${field} names ${unknown.join(', ')}, which are not competency items of any framework on the hub; see competencyFrameworks`, { field });
}

function validateUnits(units: readonly ContentUnitInput[]): void {
  const codes = new Set<string>();
  for (const u of units) {
    if (!/^[A-Za-z0-9-]{1,32}$/.test(u.code)) throw badInput(`units.code must be 1 to 32 letters, digits and hyphens, got "${u.code}"`, { field: 'units.code' });
    if (codes.has(u.code)) throw badInput(`units lists ${u.code} twice`, { field: 'units.code' });
    codes.add(u.code);
    if (!(Number.isFinite(u.weight) && u.weight > 0 && u.weight <= 1000)) throw badInput(`units.weight must be more than 0 and at most 1000, got ${u.weight}`, { field: 'units.weight' });
    if (u.itemIds.length === 0) throw badInput(`unit ${u.code} must assess at least one competency item`, { field: 'units.itemIds' });
    requireText(u.title, 'units.title');
  }
}

export async function defineContentUnits(ctx: Context, standardCode: string, units: readonly ContentUnitInput[]): Promise<StandardRow> {
  const standard = await ctx.loaders.standardByCode.load(standardCode);
  if (!standard) throw badInput(`standardCode "${standardCode}" is not a certificate standard on the hub; see certificateStandards`, { field: 'standardCode' });
  authorize(ctx.actor, { action: 'org:write', organizationId: standard.issuerId, staffRole: 'ENTERPRISE_STAFF' });
  validateUnits(units);
  await requireItems(ctx, units.flatMap((u) => u.itemIds), 'units.itemIds');
  try {
    await writeTransaction(ctx.db, async (em) => {
      // The whole set is replaced: of two concurrent definitions the last to commit stands.
      await em.delete(ContentUnitItemEntity, { standardCode });
      await em.delete(ContentUnitEntity, { standardCode });
      if (units.length === 0) return;
      await em.insert(ContentUnitEntity, units.map((u, sequence) => ({ standardCode, code: u.code, title: u.title.trim(), weight: u.weight, sequence })));
      await em.insert(ContentUnitItemEntity, units.flatMap((u) => [...new Set(u.itemIds)].map((itemId) => ({ standardCode, unitCode: u.code, itemId }))));
    });
  } catch (err) {
    // Two definitions at once: the primary keys keep one whole set.
    if (isUniqueViolation(err)) throw conflict(`the content units of ${standardCode} were set by another request at the same time; read them again`);
    throw err;
  }
  ctx.loaders.unitsByStandard.clear(standardCode);
  ctx.loaders.unitItemsByStandard.clear(standardCode);
  return standard;
}

const ESCO = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;

export async function addJobPosition(ctx: Context, input: JobPositionInput): Promise<JobPositionRow> {
  if (!/^[a-z0-9-]{2,64}$/.test(input.id)) throw badInput(`id must be 2 to 64 lower-case letters, digits and hyphens, e.g. jp-ty-noc, got "${input.id}"`, { field: 'id' });
  const employer = await ctx.loaders.organizationById.load(input.employerId);
  if (!employer) throw badInput(`employerId "${input.employerId}" is not an organisation of this catalogue; see certificationOrganizations`, { field: 'employerId' });
  authorize(ctx.actor, { action: 'org:write', organizationId: employer.id, staffRole: 'ENTERPRISE_STAFF' });
  if (input.iscoCode != null && !/^\d{4}$/.test(input.iscoCode)) throw badInput(`iscoCode must be an ISCO-08 unit group: 4 digits, e.g. 3513, got "${input.iscoCode}"`, { field: 'iscoCode' });
  if (input.escoUri != null && !ESCO.test(input.escoUri)) throw badInput('escoUri must be an ESCO occupation URI, http://data.europa.eu/esco/occupation/<uuid>', { field: 'escoUri' });
  if (input.requirements.length === 0) throw badInput('a job position lists at least one requirement', { field: 'requirements' });
  for (const r of input.requirements) {
    if ((r.kind === 'COMPETENCY') !== (r.itemId != null) || (r.kind === 'CERTIFICATE') !== (r.standardCode != null)) {
      throw badInput('a COMPETENCY requirement names an itemId only, a CERTIFICATE requirement a standardCode only', { field: 'requirements' });
    }
  }
  const standards = await ctx.loaders.standardByCode.loadMany(input.requirements.flatMap((r) => (r.standardCode ? [r.standardCode] : [])));
  if (standards.some((s) => !s || s instanceof Error)) throw badInput('requirements name a standardCode that is not in this catalogue; see certificateStandards', { field: 'requirements.standardCode' });
  await requireItems(ctx, input.requirements.flatMap((r) => (r.itemId ? [r.itemId] : [])), 'requirements.itemId');
  const row: JobPositionRow = {
    id: input.id, employerId: employer.id, title: requireText(input.title, 'title'), description: requireText(input.description, 'description', 500),
    iscoCode: input.iscoCode ?? null, escoUri: input.escoUri ?? null, recordedAt: nowInstant(),
  };
  try {
    await writeTransaction(ctx.db, async (em) => {
      await em.insert(JobPositionEntity, row);
      await em.insert(JobRequirementEntity, input.requirements.map((r) => ({ positionId: row.id, kind: r.kind, essential: r.essential, itemId: r.itemId ?? null, standardCode: r.standardCode ?? null })));
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`a job position with id ${row.id} exists already`);
    throw err;
  }
  return row;
}
