/**
 * The demo's module resource files, made on the spot with real libraries: a
 * Markdown learning task book, a PDF practical training guide (pdf-lib) and an
 * xlsx assessment scoring sheet (exceljs). Dates inside them are fixed, so the
 * demo is the same on every machine.
 */
import type { FileKind } from './entities.ts';

export interface DemoFile {
  kind: FileKind;
  name: string;
  body: Buffer;
}

const MADE = new Date('2024-08-20T02:00:00.000Z');

function taskBook(code: string, title: string): Buffer {
  return Buffer.from(`# Learning task book: ${code} ${title}

Co-authored by Riverside Secondary Vocational School and Tianyi Network Systems Co., Ltd.

## Task
Working in pairs at a lab bench, complete the module's practical task as an
on-site network technician would, and record every step in the work log.

## Steps
1. Read the work order and check the tools and equipment against it.
2. Carry out the task; follow the safety rules of the lab at every step.
3. Test the result and write down each measurement.
4. Hand over: explain what you did to the teacher acting as the customer.

## Evidence
- the completed work log;
- the test record;
- the scoring sheet, filled in by the assessor.
`);
}

async function trainingGuide(code: string, title: string): Promise<Buffer> {
  // Loaded when the demo is seeded, not with every start of the subgraph.
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Practical training guide: ${code}`);
  pdf.setAuthor('Riverside Secondary Vocational School; Tianyi Network Systems Co., Ltd.');
  pdf.setCreationDate(MADE);
  pdf.setModificationDate(MADE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [`Practical training guide: ${code}`, title, '', 'Safety: power off devices before cabling; wear an ESD strap.', 'Equipment: one switch, one router, patch cables, a cable tester.', 'Assessment: see the scoring sheet; 60 points pass the module.'];
  lines.forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 22, size: i === 0 ? 16 : 11, font }));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

async function scoringSheet(code: string, title: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Guantong demo';
  book.created = MADE;
  book.modified = MADE;
  const sheet = book.addWorksheet('Scoring');
  sheet.addRows([
    [`${code} ${title}`],
    ['Criterion', 'Points', 'Awarded'],
    ['Work order read and equipment checked', 10, null],
    ['Task carried out safely and correctly', 50, null],
    ['Result tested and recorded', 25, null],
    ['Hand-over explained clearly', 15, null],
    ['Total (60 to pass)', 100, { formula: 'SUM(C3:C6)' }],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The three files of a module's demo package. */
export async function demoFiles(code: string, title: string): Promise<DemoFile[]> {
  const slug = code.toLowerCase();
  return [
    { kind: 'LEARNING_TASK_BOOK', name: `${slug}-task-book.md`, body: taskBook(code, title) },
    { kind: 'TRAINING_GUIDE', name: `${slug}-training-guide.pdf`, body: await trainingGuide(code, title) },
    { kind: 'SCORING_SHEET', name: `${slug}-scoring-sheet.xlsx`, body: await scoringSheet(code, title) },
  ];
}
