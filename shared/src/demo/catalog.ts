/**
 * The demo institutions, programmes, courses, agreements and certificate
 * standards, drawn from the source papers (seed 000 Table 1 and §4.2, seed 002 §5).
 */

export interface Institution { id: string; name: string; region: string }
export interface Program { code: string; institutionId: string; name: string; durationYears: number }
/** `year` is the pathway year (1–5) in which the course is taught. */
export interface Course { code: string; programCode: string; title: string; credits: number; hours: number; year: number }
export interface Agreement {
  id: string; name: string; collegeId: string; collegeProgramCode: string;
  secondarySchoolId: string; secondaryProgramCode: string; effectiveFrom: string; effectiveTo: string | null;
}
export type OrganizationKind = 'ENTERPRISE' | 'EVALUATION_ORGANIZATION';
export interface Organization { id: string; name: string; kind: OrganizationKind }
export type CertificateKind = 'VOCATIONAL_SKILL_LEVEL' | 'ENTERPRISE_TECHNICAL';
export type CertificateLevel = 'ENTRY' | 'INTERMEDIATE' | 'ADVANCED';
export interface Standard { code: string; name: string; kind: CertificateKind; level: CertificateLevel | null; issuerId: string; description: string }
/**
 * A recognition agreement between the issuers of two standards. `proposedBy`
 * (the issuer of one of them) proposed it at `proposedAt`; the issuer of the
 * other accepted it at `agreedAt` (null: still pending). Instants are UTC.
 */
export interface Recognition {
  id: string; fromCode: string; toCode: string; mutual: boolean; effectiveFrom: string; effectiveTo: string | null; basis: string;
  proposedBy: string; proposedAt: string; agreedAt: string | null;
}

export const secondarySchools: Institution[] = [
  { id: 'sch-riverside', name: 'Riverside Secondary Vocational School', region: 'Lanzhou, Gansu' },
  { id: 'sch-hillview', name: 'Hillview Secondary Vocational School', region: 'Suzhou, Jiangsu' },
];

export const colleges: Institution[] = [
  { id: 'col-metro', name: 'Metro Higher Vocational and Technical College', region: 'Lanzhou, Gansu' },
];

export const secondaryPrograms: Program[] = [
  { code: 'SEC-NET', institutionId: 'sch-riverside', name: 'Network Technology (secondary stage)', durationYears: 3 },
  { code: 'SEC-EC', institutionId: 'sch-hillview', name: 'E-commerce (secondary stage)', durationYears: 3 },
  { code: 'SEC-AUTO', institutionId: 'sch-hillview', name: 'Automotive Intelligent Technology (secondary stage)', durationYears: 3 },
];

export const collegePrograms: Program[] = [
  { code: 'COL-NET', institutionId: 'col-metro', name: 'Computer Network Technology', durationYears: 2 },
  { code: 'COL-EC', institutionId: 'col-metro', name: 'E-commerce', durationYears: 2 },
  { code: 'COL-AUTO', institutionId: 'col-metro', name: 'Automotive Intelligent Technology', durationYears: 2 },
];

export const secondaryCourses: Course[] = [
  { code: 'NET-S101', programCode: 'SEC-NET', title: 'Computer Network Fundamentals', credits: 4, hours: 64, year: 1 },
  { code: 'NET-S110', programCode: 'SEC-NET', title: 'Network Cabling and Installation', credits: 3, hours: 48, year: 1 },
  { code: 'NET-S120', programCode: 'SEC-NET', title: 'Network Device Configuration', credits: 4, hours: 72, year: 2 },
  { code: 'NET-S130', programCode: 'SEC-NET', title: 'Server Operating Systems', credits: 3, hours: 54, year: 2 },
  { code: 'NET-S140', programCode: 'SEC-NET', title: 'Basic Network Device Operation Practicum', credits: 2, hours: 40, year: 3 },
  { code: 'EC-S101', programCode: 'SEC-EC', title: 'E-commerce Fundamentals', credits: 3, hours: 48, year: 1 },
  { code: 'EC-S110', programCode: 'SEC-EC', title: 'Online Store Operation and Promotion', credits: 4, hours: 64, year: 2 },
  { code: 'EC-S120', programCode: 'SEC-EC', title: 'Product Photography and Visual Design', credits: 3, hours: 48, year: 2 },
  { code: 'EC-S130', programCode: 'SEC-EC', title: 'Online Customer Service', credits: 2, hours: 32, year: 3 },
  { code: 'AUTO-S101', programCode: 'SEC-AUTO', title: 'Automotive Electrical and Electronic Fundamentals', credits: 4, hours: 64, year: 1 },
  { code: 'AUTO-S110', programCode: 'SEC-AUTO', title: 'Vehicle Sensors and Actuators', credits: 3, hours: 54, year: 2 },
  { code: 'AUTO-S120', programCode: 'SEC-AUTO', title: 'Introduction to Intelligent Connected Vehicles', credits: 3, hours: 48, year: 3 },
];

export const collegeCourses: Course[] = [
  { code: 'NET-H201', programCode: 'COL-NET', title: 'Network Security Technology', credits: 4, hours: 72, year: 4 },
  { code: 'NET-H210', programCode: 'COL-NET', title: 'Routing and Switching Technology', credits: 4, hours: 64, year: 4 },
  { code: 'NET-H220', programCode: 'COL-NET', title: 'Cloud and Data Centre Networks', credits: 3, hours: 48, year: 5 },
  { code: 'NET-H230', programCode: 'COL-NET', title: 'Network Engineering Project', credits: 4, hours: 80, year: 5 },
  { code: 'EC-H201', programCode: 'COL-EC', title: 'Digital Marketing', credits: 4, hours: 64, year: 4 },
  { code: 'EC-H210', programCode: 'COL-EC', title: 'Cross-border E-commerce', credits: 3, hours: 48, year: 4 },
  { code: 'EC-H220', programCode: 'COL-EC', title: 'Live-stream Commerce', credits: 3, hours: 48, year: 5 },
  { code: 'AUTO-H201', programCode: 'COL-AUTO', title: 'Intelligent Connected Vehicle Testing and Calibration', credits: 4, hours: 72, year: 4 },
  { code: 'AUTO-H210', programCode: 'COL-AUTO', title: 'Advanced Driver Assistance Systems', credits: 4, hours: 64, year: 4 },
  { code: 'AUTO-H220', programCode: 'COL-AUTO', title: 'In-vehicle Networks and Diagnostics', credits: 3, hours: 48, year: 5 },
];

export const agreements: Agreement[] = [
  { id: 'agr-net', name: 'Network Technology 3+2 (Riverside – Metro)', collegeId: 'col-metro', collegeProgramCode: 'COL-NET', secondarySchoolId: 'sch-riverside', secondaryProgramCode: 'SEC-NET', effectiveFrom: '2021-09-01', effectiveTo: null },
  { id: 'agr-ec', name: 'E-commerce 3+2 (Hillview – Metro)', collegeId: 'col-metro', collegeProgramCode: 'COL-EC', secondarySchoolId: 'sch-hillview', secondaryProgramCode: 'SEC-EC', effectiveFrom: '2021-09-01', effectiveTo: null },
  { id: 'agr-auto', name: 'Automotive Intelligent Technology 3+2 (Hillview – Metro)', collegeId: 'col-metro', collegeProgramCode: 'COL-AUTO', secondarySchoolId: 'sch-hillview', secondaryProgramCode: 'SEC-AUTO', effectiveFrom: '2021-09-01', effectiveTo: null },
];

export const organizations: Organization[] = [
  { id: 'org-zhongxin', name: 'Zhongxin Network Skills Evaluation Centre', kind: 'EVALUATION_ORGANIZATION' },
  { id: 'org-tianyi', name: 'Tianyi Network Systems Co., Ltd.', kind: 'ENTERPRISE' },
  { id: 'org-xinshang', name: 'Xinshang E-commerce Training and Evaluation Co., Ltd.', kind: 'EVALUATION_ORGANIZATION' },
  { id: 'org-zhilian', name: 'Zhilian ICV Training and Evaluation Co., Ltd.', kind: 'EVALUATION_ORGANIZATION' },
  { id: 'org-huadong', name: 'Huadong Automobile Group', kind: 'ENTERPRISE' },
];

export const standards: Standard[] = [
  { code: 'X-NED-1', name: 'Network Equipment Debugger', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'ENTRY', issuerId: 'org-zhongxin', description: 'Basic network device operation; 40% of its content is taught at the secondary stage.' },
  { code: 'X-NE-2', name: 'Network Engineer', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'INTERMEDIATE', issuerId: 'org-zhongxin', description: 'Network security deployment; the remaining 60% is taught at the higher stage.' },
  { code: 'E-TY-NT', name: 'Tianyi Certified Network Technician', kind: 'ENTERPRISE_TECHNICAL', level: 'ENTRY', issuerId: 'org-tianyi', description: "Tianyi's own technician grade for field network installation." },
  { code: 'X-OSOP-1', name: 'Online Store Operation and Promotion', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'ENTRY', issuerId: 'org-xinshang', description: 'Split into five training modules, assessed in three tiers: module, preliminary exam, formal exam.' },
  { code: 'X-OSOP-2', name: 'Online Store Operation and Promotion', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'INTERMEDIATE', issuerId: 'org-xinshang', description: 'Store data analysis and campaign management.' },
  { code: 'X-ICV-2', name: 'Intelligent Connected Vehicle Testing and Calibration', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'INTERMEDIATE', issuerId: 'org-zhilian', description: 'Sensor calibration and ADAS function testing.' },
  { code: 'E-HD-ICVT', name: 'Huadong ICV Test Technician (Level 2)', kind: 'ENTERPRISE_TECHNICAL', level: 'INTERMEDIATE', issuerId: 'org-huadong', description: "The automobile group's enterprise technical level certificate for ICV testing." },
];

export const recognitions: Recognition[] = [
  { id: 'rec-icv-huadong', fromCode: 'X-ICV-2', toCode: 'E-HD-ICVT', mutual: true, effectiveFrom: '2023-09-01', effectiveTo: null, basis: 'Huadong – Zhilian mutual recognition pilot for ICV testing and calibration (seed 002 §5.1, §5.5)', proposedBy: 'org-huadong', proposedAt: '2023-06-15T02:00:00.000Z', agreedAt: '2023-07-03T06:30:00.000Z' },
  { id: 'rec-ned-tianyi', fromCode: 'X-NED-1', toCode: 'E-TY-NT', mutual: false, effectiveFrom: '2024-01-01', effectiveTo: '2028-12-31', basis: 'Tianyi accepts the X certificate for its entry technician grade; not the reverse', proposedBy: 'org-tianyi', proposedAt: '2023-11-20T01:15:00.000Z', agreedAt: '2023-12-08T03:00:00.000Z' },
];
