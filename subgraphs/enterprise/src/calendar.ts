/**
 * Today's date in China Standard Time, the hub's calendar: an award issued
 * this morning in Lanzhou is not "in the future" while it is still yesterday
 * in UTC, and a recognition ending today still counts until midnight there.
 */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The ISO date before `day`. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
