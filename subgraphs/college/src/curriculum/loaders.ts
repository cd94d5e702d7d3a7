/**
 * The request's loaders for the curriculum: frameworks, mappings, course
 * versions, committees, teachers and learners' careers. Each batch is one
 * `WHERE key IN (...)` statement, so a report over 100 learners costs the
 * statements one over 10 does.
 */
import { In, type DataSource } from 'typeorm';
import { groupLoader, rowLoader } from '@guantong/shared/loaders';
import type { Config } from '@guantong/shared/config';
import { CourseCompetencyEntity, CourseContentEntity } from '@guantong/shared/curriculum/entities';
import { TeacherEntity, TeacherPracticeEntity, TeacherQualificationEntity } from '@guantong/shared/teachers/entities';
import { AssociationEntity, FrameworkEntity, ItemEntity } from '../entities/competency-framework.ts';
import { CourseVersionEntity } from '../entities/course-version.ts';
import { CommitteeEntity, DecisionEntity, MemberEntity, ProposalEntity, VoteEntity } from '../entities/committee.ts';
import { CareerTargetEntity, PlacementEntity, SubsidyEntity } from '../entities/careers.ts';
import { PathwayEntity } from '../entities/pathway.ts';

const ids = <K>(keys: readonly K[]) => In([...keys]);

export function createCurriculumLoaders(db: DataSource, config: Config) {
  const repo = db.getRepository.bind(db);
  return {
    /** The hub's dual-qualified rule, from the configuration. */
    dualQualifiedRule: config.dualQualified,
    frameworkById: rowLoader((keys: readonly string[]) => repo(FrameworkEntity).findBy({ id: ids(keys) }), (row) => row.id),
    frameworksByAgreement: groupLoader(
      (keys: readonly string[]) => repo(FrameworkEntity).find({ where: { agreementId: ids(keys) }, order: { effectiveFrom: 'ASC', id: 'ASC' } }),
      (row) => row.agreementId,
    ),
    itemById: rowLoader((keys: readonly string[]) => repo(ItemEntity).findBy({ id: ids(keys) }), (row) => row.id),
    itemsByFramework: groupLoader(
      (keys: readonly string[]) => repo(ItemEntity).find({ where: { frameworkId: ids(keys) }, order: { listOrder: 'ASC' } }),
      (row) => row.frameworkId,
    ),
    associationsByFramework: groupLoader(
      (keys: readonly string[]) => repo(AssociationEntity).find({ where: { frameworkId: ids(keys) }, order: { sequence: 'ASC' } }),
      (row) => row.frameworkId,
    ),
    competenciesByCourse: groupLoader(
      (keys: readonly string[]) => repo(CourseCompetencyEntity).find({ where: { courseCode: ids(keys) }, order: { effectiveFrom: 'ASC', id: 'ASC' } }),
      (row) => row.courseCode,
    ),
    contentByCourse: groupLoader(
      (keys: readonly string[]) => repo(CourseContentEntity).find({ where: { courseCode: ids(keys) }, order: { effectiveFrom: 'ASC', id: 'ASC' } }),
      (row) => row.courseCode,
    ),
    versionsByCourse: groupLoader(
      (keys: readonly string[]) => repo(CourseVersionEntity).find({ where: { courseCode: ids(keys) }, order: { version: 'ASC' } }),
      (row) => row.courseCode,
    ),
    committeeById: rowLoader((keys: readonly string[]) => repo(CommitteeEntity).findBy({ id: ids(keys) }), (row) => row.id),
    committeesByAgreement: groupLoader((keys: readonly string[]) => repo(CommitteeEntity).find({ where: { agreementId: ids(keys) } }), (row) => row.agreementId),
    committeesByCollege: groupLoader((keys: readonly string[]) => repo(CommitteeEntity).find({ where: { collegeId: ids(keys) } }), (row) => row.collegeId),
    membersByCommittee: groupLoader((keys: readonly string[]) => repo(MemberEntity).find({ where: { committeeId: ids(keys) }, order: { id: 'ASC' } }), (row) => row.committeeId),
    memberById: rowLoader((keys: readonly number[]) => repo(MemberEntity).findBy({ id: ids(keys) }), (row) => row.id),
    proposalById: rowLoader((keys: readonly number[]) => repo(ProposalEntity).findBy({ id: ids(keys) }), (row) => row.id),
    proposalsByCommittee: groupLoader((keys: readonly string[]) => repo(ProposalEntity).find({ where: { committeeId: ids(keys) }, order: { id: 'ASC' } }), (row) => row.committeeId),
    votesByProposal: groupLoader((keys: readonly number[]) => repo(VoteEntity).find({ where: { proposalId: ids(keys) }, order: { memberId: 'ASC' } }), (row) => row.proposalId),
    decisionByProposal: rowLoader((keys: readonly number[]) => repo(DecisionEntity).findBy({ proposalId: ids(keys) }), (row) => row.proposalId),
    teacherById: rowLoader((keys: readonly string[]) => repo(TeacherEntity).findBy({ id: ids(keys) }), (row) => row.id),
    teachersByProgram: groupLoader((keys: readonly string[]) => repo(TeacherEntity).find({ where: { programCode: ids(keys) }, order: { id: 'ASC' } }), (row) => row.programCode),
    qualificationsByTeacher: groupLoader(
      (keys: readonly string[]) => repo(TeacherQualificationEntity).find({ where: { teacherId: ids(keys) }, order: { obtainedOn: 'ASC', id: 'ASC' } }),
      (row) => row.teacherId,
    ),
    practiceByTeacher: groupLoader(
      (keys: readonly string[]) => repo(TeacherPracticeEntity).find({ where: { teacherId: ids(keys) }, order: { year: 'ASC', id: 'ASC' } }),
      (row) => row.teacherId,
    ),
    pathwaysByAgreement: groupLoader((keys: readonly string[]) => repo(PathwayEntity).find({ where: { agreementId: ids(keys) }, order: { studentId: 'ASC' } }), (row) => row.agreementId),
    placementsByStudent: groupLoader(
      (keys: readonly string[]) => repo(PlacementEntity).find({ where: { studentId: ids(keys) }, order: { startedOn: 'ASC', id: 'ASC' } }),
      (row) => row.studentId,
    ),
    careerTargetByStudent: rowLoader((keys: readonly string[]) => repo(CareerTargetEntity).findBy({ studentId: ids(keys) }), (row) => row.studentId),
    subsidyByStudent: rowLoader((keys: readonly string[]) => repo(SubsidyEntity).findBy({ studentId: ids(keys) }), (row) => row.studentId),
  };
}
