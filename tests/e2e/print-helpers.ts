/** A client with three visits and a program, made through the real router, and PDF readers. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { Program } from '../../shared/channels/programs';
import { RED_FLAG_IDS, type AssessmentBody } from '../../shared/domain/clinical';
import type { Client } from '../../shared/domain/clients';
import {
  builtInExercises,
  findExercise,
  type BuiltInExercise,
} from '../../shared/domain/exercises';
import type { PaperSize } from '../../shared/domain/settings';
import type { StanceCore } from '../../main/stance';
import { daysAgo } from './assessment-helpers';

async function call<T>(
  core: Pick<StanceCore, 'route'>,
  channel: string,
  payload: unknown,
): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** One visit's document; pain and disability ease from visit to visit as they would in practice. */
function visit(pain: number, odi: (number | null)[], rightFpi: (number | null)[]): AssessmentBody {
  return {
    schemaVersion: 1,
    pain: {
      nprsNow: pain,
      nprsBestLastWeek: Math.max(0, pain - 2),
      nprsWorstLastWeek: Math.min(10, pain + 2),
      regions: ['back.low-back'],
      onset: 'Gradual, after long drives',
    },
    oswestry: { variant: 'odi-2.1a', sections: odi },
    feet: {
      left: {
        fpi6: { items: [1, 1, 0, 1, 1, 0] },
        footProgressionAngleDeg: 8,
        navicularDropMm: 7,
        kneeToWallCm: 10,
        arch: 'neutral',
      },
      right: {
        fpi6: { items: rightFpi },
        footProgressionAngleDeg: 18,
        navicularDropMm: 12,
        kneeToWallCm: 7,
        arch: 'low',
      },
    },
    checkpointFindings: [
      {
        checkpointId: 'anterior.foot.direction',
        side: 'right',
        severity: 'mild',
        deviation: 'turned-out',
      },
      {
        checkpointId: 'anterior.knee.alignment',
        side: 'right',
        severity: 'mild',
        deviation: 'valgus',
      },
      {
        checkpointId: 'anterior.pelvis.level',
        side: null,
        severity: 'mild',
        deviation: 'right-high',
        valueDeg: 1.5,
      },
      { checkpointId: 'lateral.pelvis.tilt', side: null, severity: 'mild', deviation: 'anterior' },
      {
        checkpointId: 'lateral.head.position',
        side: null,
        severity: 'marked',
        deviation: 'present',
      },
      {
        checkpointId: 'posterior.heel.position',
        side: 'right',
        severity: 'mild',
        deviation: 'everted',
      },
      { checkpointId: 'posterior.scapula.elevation', side: 'left', severity: 'none' },
    ],
    redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])),
    notes: '',
  };
}

export const PROGRAM_EXERCISES = [
  'plantar-fascia-ball-roll',
  'calf-wall-stretch',
  'short-foot',
  'glute-bridge',
  'clamshell',
  'single-leg-balance',
];

export interface PrintSeed {
  client: Client;
  assessmentIds: string[];
  program: Program;
}

export async function seedPrintable(core: Pick<StanceCore, 'route'>): Promise<PrintSeed> {
  await call(core, 'settings:update', {
    studioName: 'Northside Posture Studio',
    practitionerName: 'Dana Whitfield',
    studioAddress: '14 Mill Lane\nLeeds LS6 2AB',
    studioPhone: '+44 113 496 0000',
    studioEmail: 'hello@northside.example',
    studioWebsite: 'www.northside.example',
  });
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Margaret',
    lastName: 'Okonkwo-Hale',
    dateOfBirth: '1980-03-27',
  });
  const visits = [
    { day: daysAgo(70), body: visit(7, [3, 2, 3, 2, 3, 2, 2, null, 3, 2], [2, 2, 1, 2, 2, 1]) },
    { day: daysAgo(35), body: visit(5, [2, 1, 2, 2, 2, 1, 1, null, 2, 2], [2, 1, 1, 2, 1, 1]) },
    {
      day: daysAgo(1),
      body: {
        ...visit(3, [1, 1, 1, 1, 1, 1, 1, null, 1, 1], [2, 1, 1, 1, 1, 1]),
        // Today's visit also watched the squats, so every print check covers that section too.
        movement: {
          findings: [
            { compensationId: 'ohs.knees-move-in', side: 'right', grade: 'marked' },
            { compensationId: 'ohs.feet-turn-out', side: 'right', grade: 'mild' },
            { compensationId: 'ohs.forward-lean', side: null, grade: 'none' },
            { compensationId: 'sls.knee-moves-in', side: 'right', grade: 'mild' },
            { compensationId: 'sls.knee-moves-in', side: 'left', grade: 'none' },
          ],
          followUps: [{ followUpId: 'heels-raised', result: 'better' }],
        },
      },
    },
  ];
  const assessmentIds: string[] = [];
  for (const [index, { day, body }] of visits.entries()) {
    const created = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: day,
    });
    await call(core, 'assessments:saveDraft', {
      id: created.assessmentId,
      revision: 1,
      assessedOn: day,
      body,
    });
    if (index < 2)
      await call(core, 'assessments:finalize', { id: created.assessmentId, revision: 1 });
    assessmentIds.push(created.assessmentId);
  }
  const program = await seedProgram(core, {
    clientId: client.id,
    assessmentId: assessmentIds[2],
    exerciseIds: PROGRAM_EXERCISES,
  });
  return { client, assessmentIds, program };
}

/** A saved program of built-in exercises at their default dosage, in the order given. */
export function seedProgram(
  core: Pick<StanceCore, 'route'>,
  {
    clientId,
    assessmentId,
    exerciseIds,
    title = 'Home exercises, weeks 1–4',
  }: { clientId: string; assessmentId?: string; exerciseIds: readonly string[]; title?: string },
): Promise<Program> {
  return call<Program>(core, 'programs:save', {
    clientId,
    ...(assessmentId ? { assessmentId } : {}),
    title,
    notes: 'Do these in order, once a day. Ten to fifteen minutes in all.',
    items: exerciseIds.map((id) => {
      const exercise = findExercise(id);
      if (!exercise) throw new Error(`No built-in exercise ${id}`);
      return { exerciseId: id, dosage: exercise.dosage };
    }),
  });
}

/** The built-in exercises with the most to read, longest first: the handout's worst case. */
export function longestExercises(count: number): string[] {
  const words = (exercise: BuiltInExercise) =>
    [...exercise.steps, ...exercise.cues, ...(exercise.cautions ?? [])].join(' ').length;
  return [...builtInExercises]
    .sort((a, b) => words(b) - words(a))
    .slice(0, count)
    .map((exercise) => exercise.id);
}

export const setPaper = (core: Pick<StanceCore, 'route'>, paperSize: PaperSize) =>
  call(core, 'settings:update', { paperSize });

export type DocumentKind = 'report' | 'handout';

/**
 * The printable width of the page in CSS pixels: paper less the @page side margins of print.css
 * (the handout has narrower margins than the report).
 */
export const CONTENT_WIDTH_PX: Record<DocumentKind, Record<PaperSize, number>> = {
  report: { A4: ((210 - 32) / 25.4) * 96, Letter: (8.5 - 1.3) * 96 },
  handout: { A4: ((210 - 28) / 25.4) * 96, Letter: (8.5 - 1.1) * 96 },
};

/** Opens a print route fresh (a hash change alone would not reload into the print view). */
export async function openPrintRoute(page: Page, origin: string, route: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${origin}/index.html#${route}`);
  await page.waitForFunction(() => document.documentElement.dataset.printReady !== undefined);
  const state = await page.evaluate(() => document.documentElement.dataset.printReady);
  if (state !== 'true') throw new Error(`The document did not become ready (${state ?? 'unset'}).`);
}

/**
 * Elements that poke out of the printable width, or out of the drawing they belong to (an SVG
 * clips them, so they would be cut off), described for the failure message.
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const describe = (element: Element, box: DOMRect, limit: string) =>
      `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40)}" ` +
      `[${Math.round(box.left)}–${Math.round(box.right)}] outside ${limit}`;
    for (const element of document.querySelectorAll('.print-doc, .print-doc *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) out.push(describe(element, box, 'the page'));
      if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1) {
        out.push(describe(element, box, 'its own box'));
      }
      const drawing = element instanceof SVGElement ? element.ownerSVGElement : null;
      if (drawing) {
        const frame = drawing.getBoundingClientRect();
        const outside =
          box.left < frame.left - 0.5 ||
          box.right > frame.right + 0.5 ||
          box.top < frame.top - 0.5 ||
          box.bottom > frame.bottom + 0.5;
        if (outside) out.push(describe(element, box, 'its drawing'));
      }
    }
    return out;
  });
}

export function pdfPages(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '',
  };
}

export const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** Each page's text on its own, with runs of white space made single spaces. */
export function pdfPageTexts(file: string): string[] {
  const { pages } = pdfPages(file);
  return Array.from({ length: pages }, (_, index) =>
    execFileSync('pdftotext', ['-f', `${index + 1}`, '-l', `${index + 1}`, file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' '),
  );
}

export function pdfToPngs(file: string, prefix: string): void {
  execFileSync('pdftoppm', ['-r', '60', '-png', file, prefix]);
}

/**
 * Each page drawn at 50 dpi, as a digest of its pixels: two prints are the same on paper when
 * these are equal (the PDF files themselves differ by their creation time).
 */
export async function pdfPagePixels(file: string): Promise<string[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-pdf-pages-'));
  execFileSync('pdftoppm', ['-r', '50', '-png', file, path.join(folder, 'page')]);
  const pages = fs.readdirSync(folder).sort();
  return Promise.all(
    pages.map(async (name) => {
      const pixels = await sharp(path.join(folder, name)).raw().toBuffer();
      return createHash('sha256').update(pixels).digest('hex');
    }),
  );
}
