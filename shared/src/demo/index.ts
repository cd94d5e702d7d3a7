export * as catalog from './catalog.ts';
export { demoRoster, type DemoRoster, type DemoStudent, type DemoResult, type DemoAward, type Stage } from './students.ts';
