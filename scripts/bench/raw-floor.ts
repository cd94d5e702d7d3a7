/**
 * The floor W1 is measured against: a hand-written node:http server that
 * answers the five-year record of one learner straight from the three SQLite
 * files with prepared statements — no GraphQL, no federation, no tokens, no
 * audit. No real deployment could be this cheap; it shows what the hub costs.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Statement { get(...args: unknown[]): Record<string, unknown> | undefined; all(...args: unknown[]): Record<string, unknown>[] }
interface Connection { prepare(sql: string): Statement }
const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string, options: { readonly: boolean }) => Connection;

const dir = process.env.GUANTONG_DATA_DIR!;
const open = (name: string) => new Sqlite(path.join(dir, `${name}.sqlite`), { readonly: true });
const secondary = open('secondary');
const college = open('college');
const enterprise = open('enterprise');
const today = process.env.GUANTONG_CLOCK_TODAY!;

const q = {
  learner: secondary.prepare('SELECT name FROM learner WHERE id = ?'),
  pathway: college.prepare('SELECT p.stage, p.cohort, a.id, a.name FROM pathway p JOIN articulation_agreement a ON a.id = p.agreement_id WHERE p.student_id = ?'),
  secondaryStage: secondary.prepare('SELECT s.name AS school, p.name AS program, e.enrolled_on, e.completed_on FROM secondary_enrollment e JOIN secondary_school s ON s.id = e.school_id JOIN secondary_program p ON p.code = e.program_code WHERE e.student_id = ?'),
  secondaryResults: secondary.prepare('SELECT c.code, c.title, c.credits, r.term, r.score FROM secondary_result r JOIN secondary_course c ON c.code = r.course_code WHERE r.student_id = ? ORDER BY r.term, c.code'),
  higherStage: college.prepare('SELECT c.name AS college, p.name AS program, e.enrolled_on, e.completed_on FROM higher_enrollment e JOIN college c ON c.id = e.college_id JOIN college_program p ON p.code = e.program_code WHERE e.student_id = ?'),
  higherResults: college.prepare('SELECT c.code, c.title, c.credits, r.term, r.score FROM college_course_result r JOIN college_course c ON c.code = r.course_code WHERE r.student_id = ? ORDER BY r.term, c.code'),
  awards: enterprise.prepare('SELECT a.serial, a.status, a.issued_on, a.score, s.code, s.name, s.kind, s.level FROM certificate_award a JOIN certificate_standard s ON s.code = a.standard_code WHERE a.student_id = ? ORDER BY a.issued_on'),
  recognitions: enterprise.prepare(`SELECT CASE WHEN r.from_code = ? THEN r.to_code ELSE r.from_code END AS counterpart, r.mutual, s.name, s.kind, s.level
    FROM recognition_agreement r JOIN certificate_standard s ON s.code = CASE WHEN r.from_code = ? THEN r.to_code ELSE r.from_code END
    WHERE r.status = 'AGREED' AND (r.from_code = ? OR (r.mutual = 1 AND r.to_code = ?)) AND r.effective_from <= ? AND (r.effective_to IS NULL OR r.effective_to >= ?)`),
};

const results = (rows: Record<string, unknown>[]) => rows.map((r) => ({ course: { code: r.code, title: r.title, credits: r.credits }, term: r.term, score: r.score, passed: Number(r.score) >= 60 }));

function record(id: string): unknown {
  const learner = q.learner.get(id);
  if (!learner) return { student: null };
  const pathway = q.pathway.get(id);
  const sec = q.secondaryStage.get(id);
  const higher = q.higherStage.get(id);
  return {
    student: {
      id,
      name: learner.name,
      pathway: pathway && { stage: pathway.stage, cohort: Number(pathway.cohort), agreement: { id: pathway.id, name: pathway.name } },
      secondaryStage: sec && { institution: { name: sec.school }, program: { name: sec.program }, enrolledOn: sec.enrolled_on, completedOn: sec.completed_on, results: results(q.secondaryResults.all(id)) },
      higherStage: higher && { institution: { name: higher.college }, program: { name: higher.program }, enrolledOn: higher.enrolled_on, completedOn: higher.completed_on, results: results(q.higherResults.all(id)) },
      certificates: q.awards.all(id).map((a) => ({
        serial: a.serial, status: a.status, issuedOn: a.issued_on, score: a.score,
        standard: {
          code: a.code, name: a.name, kind: a.kind, level: a.level,
          recognitions: q.recognitions.all(a.code, a.code, a.code, a.code, today, today).map((r) => ({ counterpart: { code: r.counterpart, name: r.name, kind: r.kind, level: r.level }, mutual: Boolean(r.mutual) })),
        },
      })),
    },
  };
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { id: string } };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: record(variables.id) }));
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('raw floor ready'));
