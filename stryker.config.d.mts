// Types for importing stryker.config.mjs from TypeScript (scripts/mutation.ts).
declare const config: { mutate: string[] } & Record<string, unknown>;
export default config;
