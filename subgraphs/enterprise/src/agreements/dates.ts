/**
 * Date arithmetic of recognition agreements. "Today" is the hub's one clock, in
 * China Standard Time (shared/src/clock.ts): an award issued this morning in
 * Lanzhou is not "in the future", and a recognition ending today counts until
 * midnight there.
 */
import { addDays } from '@guantong/shared/clock';

/** The ISO date before `day`. */
export const dayBefore = (day: string): string => addDays(day, -1);
