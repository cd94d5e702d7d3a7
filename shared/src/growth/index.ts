/** The growth methods: competency profile, radar view and module recommendations (docs/growth.md). */
export * from './types.ts';
export * from './profile.ts';
export * from './radar.ts';
export * from './recommend.ts';
