import type { Assessment } from '../../shared/channels/assessments';
import type { LibraryExercise } from '../../shared/channels/exercises';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Program } from '../../shared/channels/programs';
import type { Client } from '../../shared/domain/clients';
import { builtInExercises } from '../../shared/domain/exercises';
import type { StanceCore } from '../../main/stance';
import { figurePhoto } from './figure-photo';
import { value } from './stance-data';

/**
 * A client record made the way the practitioner makes one, through the real router: two
 * assessments (the first finalized then amended, the second final), three real photos with
 * landmarks, an exercise of her own and a program using it beside a built-in one.
 */
export interface SeededRecord {
  client: Client;
  amended: string;
  final: string;
  ownExerciseId: string;
  builtInExerciseId: string;
  photos: PhotoInfo[];
}

const odiSections = [2, 2, 1, 3, 2, 1, 0, 2, 1, 2];
const fpi = [1, 1, 2, 0, 1, 1];

export async function seedRecordClient(core: Pick<StanceCore, 'route'>): Promise<SeededRecord> {
  const call = async <T>(channel: string, payload: unknown): Promise<T> =>
    value<T>(await core.route(channel, payload));
  const client = await call<Client>('clients:create', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    dateOfBirth: '1985-12-10',
    phone: '+44 20 7946 0000',
    notes: 'Left knee, "clicks" on stairs',
  });

  const first = await call<Assessment>('assessments:create', {
    clientId: client.id,
    assessedOn: '2026-03-01',
  });
  const body = (pain: number, notes: string) => ({
    schemaVersion: 1,
    pain: { nprsNow: pain },
    oswestry: { variant: 'odi-2.1a', sections: odiSections },
    feet: { left: { arch: 'low', fpi6: { items: fpi } } },
    notes,
  });
  await call('assessments:saveDraft', {
    id: first.assessmentId,
    revision: 1,
    assessedOn: '2026-03-01',
    body: body(6, 'First visit'),
  });
  await call('assessments:finalize', { id: first.assessmentId, revision: 1 });
  await call('assessments:amend', { id: first.assessmentId, reason: 'Corrected the arch finding' });
  // Taken during the amendment, so each photo is one row: the amended draft's own.
  const jpeg = await figurePhoto().jpeg({ quality: 85 }).toBuffer();
  const png = await figurePhoto('#8a6a55').png().toBuffer();
  const front = await call<PhotoInfo>('photos:add', {
    assessmentId: first.assessmentId,
    view: 'anterior',
    fileName: 'front.jpg',
    dataBase64: jpeg.toString('base64'),
  });
  const side = await call<PhotoInfo>('photos:add', {
    assessmentId: first.assessmentId,
    view: 'left-lateral',
    fileName: 'side.png',
    dataBase64: png.toString('base64'),
  });
  const landmarked = await call<PhotoInfo>('photos:saveLandmarks', {
    id: front.id,
    landmarks: {
      points: { 'acromion-right': { x: 230, y: 250 }, 'acromion-left': { x: 372, y: 246 } },
      plumbLine: { x: 300, angleDeg: 1.5 },
    },
  });
  await call('assessments:saveDraft', {
    id: first.assessmentId,
    revision: 2,
    assessedOn: '2026-03-01',
    // The amended revision also has the movement screens; the first revision predates them.
    body: {
      ...body(5, 'First visit, arch corrected'),
      movement: {
        findings: [{ compensationId: 'ohs.knees-move-in', side: 'left', grade: 'mild' }],
        followUps: [{ followUpId: 'heels-raised', result: 'better' }],
      },
    },
  });

  const second = await call<Assessment>('assessments:create', {
    clientId: client.id,
    assessedOn: '2026-06-01',
  });
  const back = await call<PhotoInfo>('photos:add', {
    assessmentId: second.assessmentId,
    view: 'posterior',
    fileName: 'back.jpg',
    dataBase64: jpeg.toString('base64'),
  });
  await call('assessments:saveDraft', {
    id: second.assessmentId,
    revision: 1,
    assessedOn: '2026-06-01',
    body: { schemaVersion: 1, pain: { nprsNow: 3 } },
  });
  await call('assessments:finalize', { id: second.assessmentId, revision: 1 });

  const builtIn = builtInExercises[0]!;
  const own = await call<LibraryExercise>('exercises:copy', { id: builtIn.id });
  await call<Program>('programs:save', {
    clientId: client.id,
    assessmentId: second.assessmentId,
    title: 'Foot first',
    items: [
      { exerciseId: own.id, dosage: own.dosage, notes: 'Slowly' },
      { exerciseId: builtIn.id, dosage: builtIn.dosage },
    ],
  });
  return {
    client,
    amended: first.assessmentId,
    final: second.assessmentId,
    ownExerciseId: own.id,
    builtInExerciseId: builtIn.id,
    photos: [landmarked, side, back],
  };
}
