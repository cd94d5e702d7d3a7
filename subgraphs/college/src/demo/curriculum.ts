/**
 * The college's part of the curriculum demo (shared/src/demo/): the
 * frameworks, the 4G course and its mappings, the committee and its 4G → 5G
 * decision (made through the same code as decideCommitteeProposal, so the
 * decision records what it touched), the reform's new mappings, the college's
 * teachers, and learners' placements, career targets and subsidy flags.
 * Seeded once, into an empty curriculum, on an agreement-complete registry.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { careers, committee, competencies, mappings, teachers } from '@guantong/shared/demo';
import { remapCourse } from '@guantong/shared/curriculum/remap';
import { TeacherEntity, TeacherPracticeEntity, TeacherQualificationEntity } from '@guantong/shared/teachers/entities';
import type { DemoCompetencyMapping, DemoContentCoverage } from '@guantong/shared/demo/mappings';
import type { DemoTeacher } from '@guantong/shared/demo/teachers';
import { recordDecision } from '../committee/service.ts';
import { storeFramework } from '../competencies/store.ts';
import type { CaseFramework } from '../competencies/case.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import { CareerTargetEntity, PlacementEntity, SubsidyEntity } from '../entities/careers.ts';
import { CommitteeEntity, MemberEntity, ProposalEntity, VoteEntity } from '../entities/committee.ts';
import { FrameworkEntity } from '../entities/competency-framework.ts';
import { CourseEntity } from '../entities/course.ts';

const SEEDER = 'demo seed';
const urn = (id: string) => `urn:uuid:${id}`;

function caseFramework(f: competencies.DemoFramework): CaseFramework {
  const items = competencies.demoItems.filter((i) => i.frameworkId === f.id);
  const node = (id: string) => {
    const item = competencies.demoItems.find((i) => i.id === id)!;
    return { id, uri: urn(id), title: `${item.code} ${item.abbreviatedStatement}` };
  };
  return {
    framework: {
      id: f.id, uri: urn(f.id), title: f.title, version: f.version, description: f.description, creator: f.creator, language: 'en', adoptionStatus: 'Adopted',
      effectiveFrom: f.effectiveFrom, effectiveTo: f.effectiveTo, lastChangeDateTime: f.lastChangeDateTime,
    },
    items: items.map((i) => ({ id: i.id, uri: urn(i.id), code: i.code, abbreviatedStatement: i.abbreviatedStatement, statement: i.statement, kind: i.kind, level: i.level, listOrder: i.listOrder, lastChangeDateTime: f.lastChangeDateTime })),
    associations: competencies.demoAssociations.filter((a) => a.frameworkId === f.id).map((a, sequence) => ({
      id: a.id, uri: urn(a.id), type: a.type, origin: node(a.originId), destination: node(a.destinationId), sequence, lastChangeDateTime: f.lastChangeDateTime,
    })),
  };
}

/** Maps each course of the rows from their (shared) start day. */
async function mapCourses(em: EntityManager, competencyRows: DemoCompetencyMapping[], contentRows: DemoContentCoverage[], at: string): Promise<void> {
  const courses = [...new Set([...competencyRows, ...contentRows].map((r) => r.courseCode))].sort();
  for (const courseCode of courses) {
    const own = competencyRows.filter((r) => r.courseCode === courseCode);
    const content = contentRows.filter((r) => r.courseCode === courseCode);
    const effectiveFrom = (own[0] ?? content[0]).effectiveFrom;
    await remapCourse(em, courseCode, { effectiveFrom, competencies: own, content }, SEEDER, at);
  }
}

async function seedCommittee(em: EntityManager): Promise<void> {
  await em.insert(CommitteeEntity, committee.DEMO_COMMITTEE);
  const memberIds: number[] = [];
  for (const m of committee.demoMembers) {
    const { identifiers } = await em.insert(MemberEntity, { committeeId: committee.DEMO_COMMITTEE.id, ...m });
    memberIds.push(Number(identifiers[0].id));
  }
  for (const p of committee.demoProposals) {
    const { votes, decidedOn, ...fields } = p;
    const proposal = { committeeId: committee.DEMO_COMMITTEE.id, ...fields, proposedBy: SEEDER, status: 'OPEN' as const };
    const { identifiers } = await em.insert(ProposalEntity, proposal);
    const id = Number(identifiers[0].id);
    await em.insert(VoteEntity, votes.map((v) => ({ proposalId: id, memberId: memberIds[v.member], choice: v.choice, castBy: SEEDER, castAt: v.castAt })));
    if (decidedOn) await recordDecision(em, { ...proposal, id }, decidedOn, SEEDER, `${decidedOn}T07:00:00.000Z`);
  }
}

export async function insertTeachers(em: EntityManager, list: readonly DemoTeacher[]): Promise<void> {
  await em.insert(TeacherEntity, list.map(({ qualifications: _q, practice: _p, ...t }) => t));
  await em.insert(TeacherQualificationEntity, list.flatMap((t) => t.qualifications.map((q) => ({ teacherId: t.id, ...q }))));
  await em.insert(TeacherPracticeEntity, list.flatMap((t) => t.practice.map((p) => ({ teacherId: t.id, ...p, recordedAt: `${p.year}-12-20T02:00:00.000Z` }))));
}

export async function seedCurriculum(db: DataSource): Promise<boolean> {
  const [frameworks, agreements] = await Promise.all([db.getRepository(FrameworkEntity).count(), db.getRepository(AgreementEntity).count()]);
  if (frameworks > 0 || agreements === 0) return false;
  await writeTransaction(db, async (em) => {
    for (const f of competencies.demoFrameworks) await storeFramework(em, f.agreementId, caseFramework(f));
    if (!(await em.existsBy(CourseEntity, { code: mappings.FOUR_G_COURSE.code }))) await em.insert(CourseEntity, mappings.FOUR_G_COURSE);
    await mapCourses(em, mappings.collegeMappingsBeforeReform, mappings.collegeCoverageBeforeReform, '2021-08-20T02:00:00.000Z');
    await seedCommittee(em);
    await mapCourses(em, mappings.collegeMappingsAfterReform, mappings.collegeCoverageAfterReform, '2025-07-10T02:00:00.000Z');
    await insertTeachers(em, teachers.collegeTeachers);
    await em.insert(PlacementEntity, careers.demoPlacements().map((p) => ({ ...p, recordedBy: SEEDER, recordedAt: `${p.startedOn}T09:00:00.000Z` })));
    await em.insert(CareerTargetEntity, careers.demoCareerTargets.map((t) => ({ ...t, setBy: t.setByRole === 'STUDENT' ? `student:${t.studentId}` : SEEDER })));
    await em.insert(SubsidyEntity, careers.demoSubsidies().map((s) => ({ ...s, recordedBy: SEEDER, recordedAt: `${s.grantedOn}T09:00:00.000Z` })));
  });
  return true;
}
