import { EntitySchema } from 'typeorm';

/** What a module teaches: a competency item of the college's frameworks, with class hours and the level it brings learners to. */
export interface ModuleCompetencyRow {
  moduleCode: string;
  /** The CFItem identifier (a UUID) of the college's framework. */
  itemId: string;
  hours: number;
  /** 1 to 5, on the item's own scale. */
  targetLevel: number;
}

export const ModuleCompetencyEntity = new EntitySchema<ModuleCompetencyRow>({
  name: 'ModuleCompetency',
  tableName: 'module_competency',
  columns: {
    moduleCode: { name: 'module_code', type: 'varchar', length: 40, primary: true },
    itemId: { name: 'item_id', type: 'varchar', length: 36, primary: true },
    hours: { type: 'double' },
    targetLevel: { name: 'target_level', type: 'int' },
  },
});

/** A module that must be passed (best assessment of at least 60) before another is taken. */
export interface ModulePrerequisiteRow {
  moduleCode: string;
  prerequisiteCode: string;
}

export const ModulePrerequisiteEntity = new EntitySchema<ModulePrerequisiteRow>({
  name: 'ModulePrerequisite',
  tableName: 'module_prerequisite',
  columns: {
    moduleCode: { name: 'module_code', type: 'varchar', length: 40, primary: true },
    prerequisiteCode: { name: 'prerequisite_code', type: 'varchar', length: 40, primary: true },
  },
});

/** A learner's enrolment in a module of the marketplace; one per learner and module. */
export interface ModuleEnrolmentRow {
  studentId: string;
  moduleCode: string;
  /** ISO dates. */
  enrolledOn: string;
  startsOn: string;
}

export const ModuleEnrolmentEntity = new EntitySchema<ModuleEnrolmentRow>({
  name: 'ModuleEnrolment',
  tableName: 'module_enrolment',
  columns: {
    studentId: { name: 'student_id', type: 'varchar', length: 12, primary: true },
    moduleCode: { name: 'module_code', type: 'varchar', length: 40, primary: true },
    enrolledOn: { name: 'enrolled_on', type: 'varchar', length: 10 },
    startsOn: { name: 'starts_on', type: 'varchar', length: 10 },
  },
  indices: [{ name: 'idx_module_enrolment_module', columns: ['moduleCode'] }],
});
