/**
 * The data every screen is pictured with, made through the real router with fixed dates: a few
 * clients, one with three visits (two finalized, one draft), photos with landmarks on two visits,
 * an exercise of her own, a program and the studio's details with a logo.
 */
import sharp from 'sharp';
import type { Assessment } from '../../shared/channels/assessments';
import type { LibraryExercise } from '../../shared/channels/exercises';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Program } from '../../shared/channels/programs';
import type { AssessmentBody } from '../../shared/domain/clinical';
import type { Client, ClientInput } from '../../shared/domain/clients';
import type { LandmarkSet, PhotoView } from '../../shared/domain/photo-views';
import type { StanceCore } from '../../main/stance';
import { PREVIOUS_BODY } from '../../tests/e2e/assessment-helpers';
import { figurePhoto } from '../../tests/helpers/figure-photo';
import { PROGRAM_EXERCISES, seedProgram } from '../../tests/e2e/print-helpers';

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

export interface Seeded {
  readonly client: Client;
  /** Oldest first: two finalized visits and today's draft. */
  readonly assessmentIds: readonly [string, string, string];
  readonly photoId: string;
  readonly program: Program;
  readonly ownExercise: LibraryExercise;
}

const OTHER_CLIENTS: ClientInput[] = [
  { firstName: 'Henrik', lastName: 'Sørensen', dateOfBirth: '1968-11-14', occupation: 'Carpenter' },
  { firstName: 'Aisha', lastName: 'Bello', dateOfBirth: '1991-04-02', email: 'aisha@example.com' },
  { firstName: 'Tomasz', lastName: 'Nowak', dateOfBirth: '1979-08-21', phone: '+44 7700 900123' },
  { firstName: 'Lucía', lastName: 'Fernández', dateOfBirth: '2001-01-30', occupation: 'Dancer' },
];

/** Three visits a few weeks apart: pain easing, the right foot settling. */
const VISITS: readonly { day: string; body: AssessmentBody }[] = [
  { day: '2026-01-12', body: PREVIOUS_BODY },
  {
    day: '2026-02-09',
    body: {
      ...PREVIOUS_BODY,
      pain: { ...PREVIOUS_BODY.pain, nprsNow: 4, nprsBestLastWeek: 2, nprsWorstLastWeek: 6 },
      notes: 'Standing more evenly; still tires by the evening.',
    },
  },
  {
    day: '2026-03-09',
    body: {
      ...PREVIOUS_BODY,
      pain: { ...PREVIOUS_BODY.pain, nprsNow: 3, nprsBestLastWeek: 1, nprsWorstLastWeek: 5 },
      footwear: { usualFootwear: 'Trail shoes, worn at the outer heel', orthotics: 'none' },
      redFlags: {
        saddleNumbness: false,
        bladderOrBowelChange: false,
        nightPain: true,
        unexplainedWeightLoss: false,
      },
      notes: 'Right foot turns out less than in January; knees still drift in on the right.',
    },
  },
];

function figureJpeg(skin: string): Promise<Buffer> {
  return figurePhoto(skin).jpeg({ quality: 80 }).toBuffer();
}

function logoPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80">
    <rect width="240" height="80" rx="12" fill="#2f5d62"/>
    <circle cx="40" cy="40" r="22" fill="#dfeeea"/>
    <rect x="76" y="30" width="140" height="20" rx="6" fill="#dfeeea"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function frontLandmarks(rightShoulderDrop: number, shift: number, feet: number): LandmarkSet {
  const at = (x: number, y: number) => ({ x: x + shift, y });
  return {
    points: {
      'eye-right': at(280, feet - 660),
      'eye-left': at(320, feet - 660),
      'acromion-right': at(230, feet - 560 + rightShoulderDrop),
      'acromion-left': at(370, feet - 560),
      'ankle-right': at(270, feet),
      'ankle-left': at(330, feet),
    },
  };
}

async function addPhoto(
  core: StanceCore,
  assessmentId: string,
  view: PhotoView,
  skin: string,
): Promise<PhotoInfo> {
  return call<PhotoInfo>(core, 'photos:add', {
    assessmentId,
    view,
    fileName: `${view}.jpg`,
    dataBase64: (await figureJpeg(skin)).toString('base64'),
  });
}

export async function seedScreens(core: StanceCore): Promise<Seeded> {
  await call(core, 'settings:update', {
    studioName: 'Northside Posture Studio',
    practitionerName: 'Dana Whitfield',
    studioAddress: '14 Mill Lane\nLeeds LS6 2AB',
    studioPhone: '+44 113 496 0000',
    studioEmail: 'hello@northside.example',
    studioWebsite: 'www.northside.example',
  });
  await call(core, 'settings:setLogo', {
    fileName: 'logo.png',
    dataBase64: (await logoPng()).toString('base64'),
  });
  for (const input of OTHER_CLIENTS) await call<Client>(core, 'clients:create', input);
  const client = await call<Client>(core, 'clients:create', {
    firstName: 'Margaret',
    lastName: 'Okonkwo-Hale',
    dateOfBirth: '1980-03-27',
    email: 'margaret@example.com',
    phone: '+44 113 496 0101',
    occupation: 'Nurse',
  });

  const assessmentIds: string[] = [];
  let photoId = '';
  for (const [index, { day, body }] of VISITS.entries()) {
    const created = await call<Assessment>(core, 'assessments:create', {
      clientId: client.id,
      assessedOn: day,
    });
    const id = created.assessmentId;
    await call(core, 'assessments:saveDraft', { id, revision: 1, assessedOn: day, body });
    if (index !== 1) {
      const photo = await addPhoto(core, id, 'anterior', '#6f5646');
      await call(core, 'photos:saveLandmarks', {
        id: photo.id,
        landmarks: frontLandmarks(
          index === 0 ? 0 : 7,
          index === 0 ? 0 : 60,
          index === 0 ? 800 : 760,
        ),
      });
      photoId = photo.id;
    }
    if (index === 2) await addPhoto(core, id, 'posterior', '#4a3a30');
    if (index < 2) await call(core, 'assessments:finalize', { id, revision: 1 });
    assessmentIds.push(id);
  }
  const [first, second, draft] = assessmentIds;
  if (!first || !second || !draft) throw new Error('Three visits were not made.');

  const ownExercise = await call<LibraryExercise>(core, 'exercises:copy', {
    id: 'calf-wall-stretch',
  });
  const program = await seedProgram(core, {
    clientId: client.id,
    assessmentId: draft,
    exerciseIds: PROGRAM_EXERCISES,
  });
  return { client, assessmentIds: [first, second, draft], photoId, program, ownExercise };
}
