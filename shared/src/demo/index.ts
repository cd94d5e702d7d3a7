export * as catalog from './catalog.ts';
export { DEMO_TODAY, demoRoster, type DemoRoster, type DemoStudent, type DemoResult, type DemoAward, type Stage } from './students.ts';
