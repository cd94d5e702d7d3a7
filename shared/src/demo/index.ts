export * as catalog from './catalog.ts';
export { DEMO_TODAY, demoRoster, type DemoRoster, type DemoStudent, type DemoResult, type DemoAward, type Stage } from './students.ts';
export * as competencies from './competencies.ts';
export * as mappings from './mappings.ts';
export * as careers from './careers.ts';
export * as teachers from './teachers.ts';
export * as committee from './committee.ts';
export * as modules from './modules.ts';
export * as growth from './growth.ts';
