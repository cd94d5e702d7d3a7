/**
 * Dual-qualified teachers (双师型): a teacher qualifies in a calendar year when
 * they hold a teacher qualification by the end of that year and spent at
 * least the rule's hours in enterprise practice during it; a rule may also
 * require an industry qualification (a vocational certificate or technical
 * title). The rule is the hub's configuration (DUAL_QUALIFIED_*).
 */

export interface DualQualifiedRule {
  minPracticeHours: number;
  requireIndustryQualification: boolean;
}

export type QualificationKind = 'TEACHING' | 'INDUSTRY';

export interface TeacherFacts {
  activeFrom: string;
  activeTo: string | null;
  qualifications: readonly { kind: QualificationKind; obtainedOn: string }[];
  practice: readonly { year: number; hours: number }[];
}

export interface DualQualifiedYear {
  year: number;
  /** Teachers on the staff at some time in the year. */
  teachers: number;
  qualified: number;
  /** qualified / teachers, or null with no teachers. */
  ratio: number | null;
}

/** On the staff at some time during the calendar year. */
export function activeIn(teacher: Pick<TeacherFacts, 'activeFrom' | 'activeTo'>, year: number): boolean {
  return teacher.activeFrom <= `${year}-12-31` && (teacher.activeTo === null || teacher.activeTo >= `${year}-01-01`);
}

export function isDualQualified(rule: DualQualifiedRule, teacher: TeacherFacts, year: number): boolean {
  const held = (kind: QualificationKind) => teacher.qualifications.some((q) => q.kind === kind && q.obtainedOn <= `${year}-12-31`);
  if (!held('TEACHING')) return false;
  if (rule.requireIndustryQualification && !held('INDUSTRY')) return false;
  const hours = teacher.practice.filter((p) => p.year === year).reduce((total, p) => total + p.hours, 0);
  return hours >= rule.minPracticeHours;
}

export function dualQualifiedYear(rule: DualQualifiedRule, teachers: readonly TeacherFacts[], year: number): DualQualifiedYear {
  const staff = teachers.filter((t) => activeIn(t, year));
  const qualified = staff.filter((t) => isDualQualified(rule, t, year)).length;
  return { year, teachers: staff.length, qualified, ratio: staff.length > 0 ? qualified / staff.length : null };
}

/** Two programmes' (or more) figures for one year, added up. */
export function combineYears(year: number, parts: readonly Omit<DualQualifiedYear, 'ratio'>[]): DualQualifiedYear {
  const teachers = parts.reduce((n, p) => n + p.teachers, 0);
  const qualified = parts.reduce((n, p) => n + p.qualified, 0);
  return { year, teachers, qualified, ratio: teachers > 0 ? qualified / teachers : null };
}
