/** The college's teachers of a programme, as the dual-qualified rule reads them: three statements for any number. */
import type { TeacherFacts } from '@guantong/shared/teachers/dual-qualified';
import { teacherFactsOf } from '@guantong/shared/teachers/store';
import type { Context } from '../context.ts';

export async function teacherFacts(ctx: Context, programCode: string): Promise<TeacherFacts[]> {
  const teachers = await ctx.loaders.teachersByProgram.load(programCode);
  const ids = teachers.map((t) => t.id);
  const [qualifications, practice] = await Promise.all([ctx.loaders.qualificationsByTeacher.loadMany(ids), ctx.loaders.practiceByTeacher.loadMany(ids)]);
  return teachers.map((t, i) => {
    const q = qualifications[i];
    const p = practice[i];
    if (q instanceof Error) throw q;
    if (p instanceof Error) throw p;
    return teacherFactsOf(t, q, p);
  });
}
