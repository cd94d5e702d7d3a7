/**
 * The demo's Network Technology teachers: 12 at Riverside, 13 at Metro. Every
 * one holds a teacher qualification; what changes with the reform is their
 * enterprise practice (seed 000: teachers meeting the enterprise-practice
 * requirement rose from 52% to 88%). Under the default rule (160 hours a year)
 * 13 of 25 qualify in 2024 and 22 of 25 in 2025, computed from these rows.
 */
export type QualificationKind = 'TEACHING' | 'INDUSTRY';
export interface DemoQualification { kind: QualificationKind; title: string; obtainedOn: string }
export interface DemoPractice { year: number; hours: number; enterprise: string }
export interface DemoTeacher {
  id: string; institutionId: string; programCode: string; name: string; activeFrom: string; activeTo: string | null;
  qualifications: DemoQualification[]; practice: DemoPractice[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马'];
const GIVEN = ['建国', '丽华', '志明', '海燕', '文博', '晓东', '春梅', '国强', '雪', '振华', '玉兰', '伟', '静'];

function teacher(institutionId: string, programCode: string, prefix: string, index: number, overall: number): DemoTeacher {
  // The first 13 of all 25 met the requirement in 2024, the first 22 in 2025.
  const hours2024 = overall < 13 ? 168 : 40;
  const hours2025 = overall < 22 ? 176 : 64;
  const enterprise = overall % 2 === 0 ? 'Tianyi Network Systems Co., Ltd.' : 'Zhongxin Network Skills Evaluation Centre';
  return {
    id: `${prefix}-${String(index + 1).padStart(2, '0')}`,
    institutionId, programCode,
    name: SURNAMES[overall % SURNAMES.length] + GIVEN[(overall * 5) % GIVEN.length],
    activeFrom: '2018-09-01', activeTo: null,
    qualifications: [
      { kind: 'TEACHING', title: institutionId.startsWith('sch-') ? 'Teacher qualification certificate (secondary vocational)' : 'Teacher qualification certificate (higher education)', obtainedOn: '2016-07-01' },
      ...(overall % 3 === 0 ? [{ kind: 'INDUSTRY' as const, title: 'Network engineer (intermediate title)', obtainedOn: '2019-12-01' }] : []),
    ],
    practice: [
      { year: 2024, hours: hours2024, enterprise },
      { year: 2025, hours: hours2025, enterprise },
    ],
  };
}

export const secondaryTeachers: DemoTeacher[] = Array.from({ length: 12 }, (_, i) => teacher('sch-riverside', 'SEC-NET', 'tch-riverside', i, i * 2));
export const collegeTeachers: DemoTeacher[] = Array.from({ length: 13 }, (_, i) => teacher('col-metro', 'COL-NET', 'tch-metro', i, Math.min(i * 2 + 1, 24)));
