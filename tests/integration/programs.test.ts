import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/channels/assessments';
import type { LibraryExercise } from '../../shared/channels/exercises';
import type {
  AssessmentSuggestion,
  Program,
  ProgramInput,
  ProgramSummary,
} from '../../shared/channels/programs';
import type { AssessmentBody } from '../../shared/domain/clinical';
import type { Client } from '../../shared/domain/clients';
import type { Dosage } from '../../shared/domain/exercises';
import { findExercise } from '../../shared/domain/exercises';
import { SUGGESTION_EXPLANATIONS } from '../../shared/domain/programs/suggest';
import type { PhotoInfo } from '../../shared/channels/photos';
import type { Result } from '../../shared/errors';
import { figurePhoto } from '../helpers/figure-photo';
import { serviceEngines, type ServiceEngine } from '../helpers/service-engines';
import { value } from '../helpers/stance-data';
import { pronatedRightClient } from '../unit/clinical/fixtures';

describe.each(Object.entries(serviceEngines))('programs on %s', (_engineName, openEngine) => {
  let core: ServiceEngine;
  let client: Client;
  let clock: Date;

  const addClient = async (engine: ServiceEngine, firstName: string): Promise<Client> =>
    value<Client>(await engine.route('clients:create', { firstName, lastName: 'Test', notes: '' }));

  beforeEach(async () => {
    clock = new Date('2026-11-20T09:00:00Z');
    core = await openEngine({
      now: () => {
        clock = new Date(clock.getTime() + 1000);
        return clock;
      },
    });
    client = await addClient(core, 'Grace');
  });
  afterEach(() => core.close());

  const hold = (holdSeconds: number): Dosage => ({
    kind: 'hold',
    sets: 1,
    holdSeconds,
    perSide: true,
    timesPerDay: 1,
    daysPerWeek: 7,
  });
  const reps = (count: number): Dosage => ({
    kind: 'reps',
    sets: 2,
    reps: count,
    perSide: false,
    timesPerDay: 1,
    daysPerWeek: 5,
  });

  const input = (overrides: Partial<ProgramInput> = {}): ProgramInput => ({
    clientId: client.id,
    title: 'Home exercises, weeks 1–4',
    notes: 'Morning, before work.',
    items: [
      { exerciseId: 'calf-foam-roll', dosage: hold(60), notes: '' },
      { exerciseId: 'short-foot', dosage: reps(10), notes: 'Right foot first.' },
    ],
    ...overrides,
  });

  const save = async (overrides: Partial<ProgramInput> = {}) =>
    value<Program>(await core.route('programs:save', input(overrides)));

  const count = (table: 'programs' | 'program_items') => core.countRows(table);

  function failure(result: Result<unknown>) {
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  }

  async function assessmentWith(body: AssessmentBody, forClient = client): Promise<Assessment> {
    const draft = value<Assessment>(
      await core.route('assessments:create', { clientId: forClient.id, assessedOn: '2026-11-10' }),
    );
    await core.route('assessments:saveDraft', {
      id: draft.assessmentId,
      revision: 1,
      assessedOn: '2026-11-10',
      body,
    });
    return draft;
  }

  describe('program suggestions', () => {
    it('suggests from the current revision of an assessment', async () => {
      const assessment = await assessmentWith(pronatedRightClient);
      const suggestion = value<AssessmentSuggestion>(
        await core.route('programs:suggest', { assessmentId: assessment.assessmentId }),
      );
      expect(suggestion).toMatchObject({ assessmentId: assessment.assessmentId, revision: 1 });
      expect(suggestion.suggestions[0]?.exerciseId).toBe('calf-foam-roll');
      expect(suggestion.suggestions[0]?.reasons[0]?.text).toMatch(/^Right foot FPI-6 \+8/);
    });

    it('uses the children’s bands for a child, and explains an empty list', async () => {
      const child = value<Client>(
        await core.route('clients:create', {
          firstName: 'Ollie',
          lastName: 'Test',
          dateOfBirth: '2018-05-01',
        }),
      );
      const body: AssessmentBody = {
        schemaVersion: 1,
        feet: { left: { footProgressionAngleDeg: 15 }, right: { footProgressionAngleDeg: 15 } },
      };
      const assessment = await assessmentWith(body, child);
      const suggestion = value<AssessmentSuggestion>(
        await core.route('programs:suggest', { assessmentId: assessment.assessmentId }),
      );
      expect(suggestion.suggestions).toEqual([]);
      expect(suggestion.explanation).toBe(SUGGESTION_EXPLANATIONS.allTypical);
    });

    it('counts the side photo’s craniovertebral angle where nothing was typed, and a typed value over it', async () => {
      const assessment = await assessmentWith({ schemaVersion: 1 });
      const photo = value<PhotoInfo>(
        await core.route('photos:add', {
          assessmentId: assessment.assessmentId,
          view: 'left-lateral',
          fileName: 'side.jpg',
          dataBase64: (await figurePhoto().jpeg().toBuffer()).toString('base64'),
        }),
      );
      // Facing the image's left, the ear 42.7° above the horizontal through C7.
      const angle = (42.7 * Math.PI) / 180;
      const c7 = { x: 320, y: 240 };
      const tragus = { x: c7.x - 100 * Math.cos(angle), y: c7.y - 100 * Math.sin(angle) };
      value(
        await core.route('photos:saveLandmarks', {
          id: photo.id,
          landmarks: { points: { c7, tragus } },
        }),
      );
      const reasons = async () =>
        value<AssessmentSuggestion>(
          await core.route('programs:suggest', { assessmentId: assessment.assessmentId }),
        ).suggestions.flatMap((item) => item.reasons.map((reason) => reason.text));
      expect((await reasons()).some((text) => text.includes('42.7°'))).toBe(true);

      value(
        await core.route('assessments:saveDraft', {
          id: assessment.assessmentId,
          revision: 1,
          assessedOn: '2026-11-10',
          body: {
            schemaVersion: 1,
            checkpointFindings: [
              { checkpointId: 'lateral.head.position', side: null, severity: null, valueDeg: 55 },
            ],
          },
        }),
      );
      expect((await reasons()).some((text) => text.includes('42.7°'))).toBe(false);
    });

    it('answers not-found for an unknown assessment', async () => {
      const error = failure(
        await core.route('programs:suggest', { assessmentId: crypto.randomUUID() }),
      );
      expect(error.code).toBe('not-found');
    });
  });

  describe('saving programs', () => {
    it('refuses a save from a builder opened before another save, changing nothing, and says who and when', async () => {
      const first = await save();
      const elsewhere = await save({
        id: first.id,
        title: 'Saved elsewhere',
        expectedUpdatedAt: first.updatedAt,
      });
      const refused = failure(
        await core.route(
          'programs:save',
          input({
            id: first.id,
            title: 'Typed in the stale builder',
            items: [],
            expectedUpdatedAt: first.updatedAt,
          }),
        ),
      );
      const at = new Date(elsewhere.updatedAt);
      const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
      const by = core.savedBy === null ? 'in another window' : `by ${core.savedBy}`;
      expect(refused).toEqual({
        code: 'conflict',
        message: `This program was changed ${by} at ${hhmm} after you opened it, so your changes were not saved. Your text is still here: copy what you need, then go back to the client and open the program again to see the saved version.`,
      });
      expect(value<Program>(await core.route('programs:get', { id: first.id }))).toEqual(elsewhere);
      expect(await count('program_items')).toBe(2);

      // The builder that saved goes on saving on top of its own save.
      const next = await save({
        id: first.id,
        title: 'On top',
        expectedUpdatedAt: elsewhere.updatedAt,
      });
      expect(next.title).toBe('On top');
    });

    it('takes her own save sent again after its answer was lost, and still refuses other text', async () => {
      const first = await save();
      const sent = { id: first.id, title: 'Weeks 5–8', expectedUpdatedAt: first.updatedAt };
      const stored = await save(sent);
      // The same save again, from the same builder: the server had stored it before the line broke.
      expect(await save(sent)).toEqual(stored);
      const other = failure(
        await core.route('programs:save', input({ ...sent, title: 'Weeks 5–9' })),
      );
      expect(other.code).toBe('conflict');
      const fewer = failure(
        await core.route('programs:save', input({ ...sent, items: input().items.slice(1) })),
      );
      expect(fewer.code).toBe('conflict');
      expect(value<Program>(await core.route('programs:get', { id: first.id }))).toEqual(stored);
    });

    it('saves items in order with each exercise resolved, and reads them back', async () => {
      const saved = await save();
      expect(saved).toMatchObject({
        clientId: client.id,
        assessmentId: null,
        title: input().title,
      });
      expect(saved.items.map((item) => [item.position, item.exerciseId])).toEqual([
        [0, 'calf-foam-roll'],
        [1, 'short-foot'],
      ]);
      const calf = findExercise('calf-foam-roll');
      expect(saved.items[0]?.exercise).toMatchObject({
        name: calf?.name,
        phase: 'release',
        illustration: calf?.illustration,
        steps: calf?.steps,
      });
      expect(value<Program>(await core.route('programs:get', { id: saved.id }))).toEqual(saved);
    });

    it('reorders and re-doses by replacing the list in one save', async () => {
      const assessment = await assessmentWith(pronatedRightClient);
      const first = await save({ assessmentId: assessment.assessmentId });
      const resaved = await save({
        id: first.id,
        title: 'Weeks 5–8',
        items: [
          { exerciseId: 'short-foot', dosage: reps(15), notes: '' },
          { exerciseId: 'calf-foam-roll', dosage: hold(90), notes: 'Slower.' },
          { exerciseId: 'single-leg-balance', dosage: hold(30), notes: '' },
        ],
      });
      expect(resaved.id).toBe(first.id);
      expect(resaved.createdAt).toBe(first.createdAt);
      expect(resaved.updatedAt > first.updatedAt).toBe(true);
      // Left out on a resave, the assessment link is kept.
      expect(resaved.assessmentId).toBe(assessment.assessmentId);
      expect(resaved.items.map((item) => item.exerciseId)).toEqual([
        'short-foot',
        'calf-foam-roll',
        'single-leg-balance',
      ]);
      expect(resaved.items[1]).toMatchObject({ dosage: hold(90), notes: 'Slower.' });
      const shorter = await save({ id: first.id, items: [input().items[0]!] });
      expect(shorter.items).toHaveLength(1);
      expect(await count('program_items')).toBe(1);
    });

    it('refuses an invalid dosage, writing nothing', async () => {
      const error = failure(
        await core.route(
          'programs:save',
          input({ items: [{ exerciseId: 'calf-foam-roll', dosage: hold(2), notes: '' }] }),
        ),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.issues?.[0]).toEqual({
        path: 'items.0.dosage.holdSeconds',
        message: 'Hold time in seconds must be at least 5.',
      });
      expect(await Promise.all([count('programs'), count('program_items')])).toEqual([0, 0]);
    });

    it('refuses an exercise that is not in the library, writing nothing', async () => {
      const saved = await save();
      const error = failure(
        await core.route(
          'programs:save',
          input({
            id: saved.id,
            title: 'Changed',
            items: [
              { exerciseId: 'short-foot', dosage: reps(10), notes: '' },
              { exerciseId: 'custom-no-such-exercise', dosage: reps(10), notes: '' },
            ],
          }),
        ),
      );
      expect(error).toMatchObject({
        code: 'invalid-input',
        issues: [{ path: 'items.1.exerciseId', message: 'That exercise is not in the library.' }],
      });
      expect(value<Program>(await core.route('programs:get', { id: saved.id }))).toEqual(saved);
    });

    it('refuses more than 20 exercises, another client’s program and another client’s assessment', async () => {
      const many = Array.from({ length: 21 }, () => input().items[0]!);
      expect(failure(await core.route('programs:save', input({ items: many }))).code).toBe(
        'invalid-input',
      );
      const saved = await save();
      const other = await addClient(core, 'Alan');
      const moved = failure(
        await core.route('programs:save', input({ id: saved.id, clientId: other.id })),
      );
      expect(moved.message).toBe('This program belongs to another client.');
      const theirs = await assessmentWith(pronatedRightClient, other);
      const linked = failure(
        await core.route('programs:save', input({ assessmentId: theirs.assessmentId })),
      );
      expect(linked.issues?.[0]?.path).toBe('assessmentId');
      expect(await count('programs')).toBe(1);
    });
  });

  describe('programs and the library', () => {
    it('keep working when an own exercise they use is retired', async () => {
      const copy = value<LibraryExercise>(await core.route('exercises:copy', { id: 'short-foot' }));
      const saved = await save({
        items: [{ exerciseId: copy.id, dosage: reps(8), notes: '' }],
      });
      await core.route('exercises:retire', { id: copy.id });

      const reread = value<Program>(await core.route('programs:get', { id: saved.id }));
      expect(reread.items[0]?.exercise).toMatchObject({ id: copy.id, name: copy.name });
      expect(reread.items[0]?.exercise?.retiredAt).not.toBeNull();
      // It may stay where it was, but it cannot be added to another program.
      const kept = await save({
        id: saved.id,
        items: [
          { exerciseId: 'calf-foam-roll', dosage: hold(60), notes: '' },
          { exerciseId: copy.id, dosage: reps(12), notes: '' },
        ],
      });
      expect(kept.items.map((item) => item.exerciseId)).toEqual(['calf-foam-roll', copy.id]);
      const error = failure(
        await core.route(
          'programs:save',
          input({ items: [{ exerciseId: copy.id, dosage: reps(8), notes: '' }] }),
        ),
      );
      expect(error.message).toBe(
        `“${copy.name}” is retired. Restore it in the library to add it to a program.`,
      );
      expect(await count('programs')).toBe(1);
    });
  });

  describe('listing and removing programs', () => {
    it('lists a client’s programs newest first', async () => {
      const older = await save({ title: 'First block' });
      const newer = await save({ title: 'Second block', items: [] });
      const listed = value<ProgramSummary[]>(
        await core.route('programs:listForClient', { clientId: client.id }),
      );
      expect(listed.map((p) => [p.id, p.title, p.itemCount])).toEqual([
        [newer.id, 'Second block', 0],
        [older.id, 'First block', 2],
      ]);
    });

    it('deletes a program and its items only when asked', async () => {
      const saved = await save();
      expect(value<{ id: string }>(await core.route('programs:delete', { id: saved.id }))).toEqual({
        id: saved.id,
      });
      expect(await Promise.all([count('programs'), count('program_items')])).toEqual([0, 0]);
      expect(failure(await core.route('programs:get', { id: saved.id })).code).toBe('not-found');
      expect(failure(await core.route('programs:delete', { id: saved.id })).code).toBe('not-found');
    });

    it('are erased with their client', async () => {
      await save();
      await save({ title: 'Another' });
      const erased = await core.route('clients:erase', {
        id: client.id,
        confirmName: 'Grace Test',
      });
      expect(erased.ok).toBe(true);
      expect(await Promise.all([count('programs'), count('program_items')])).toEqual([0, 0]);
    });
  });
});
