import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  builtInExercises,
  exercisePhases,
  exerciseSchema,
  findExercise,
} from '../../../shared/domain/exercises';
import { parseXml, walk } from './xml';

const assetsDir = fileURLToPath(new URL('../../../renderer/assets/exercises/', import.meta.url));
const svgPath = (id: string) => `${assetsDir}${id}.svg`;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const illustrated = builtInExercises.filter(
  (exercise): exercise is typeof exercise & { illustration: string } =>
    exercise.illustration !== null,
);

describe('built-in exercise library', () => {
  it('has at least 44 exercises', () => {
    expect(builtInExercises.length).toBeGreaterThanOrEqual(44);
  });

  it('uses unique kebab-case ids', () => {
    const ids = builtInExercises.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
  });

  it('covers every phase of the continuum', () => {
    const phases = new Set(builtInExercises.map((exercise) => exercise.phase));
    for (const phase of exercisePhases) expect(phases).toContain(phase);
  });

  it('covers the foot and ankle well', () => {
    const footAnkle = builtInExercises.filter((exercise) =>
      exercise.regions.includes('foot-ankle'),
    );
    expect(footAnkle.length).toBeGreaterThanOrEqual(10);
    const phases = new Set(footAnkle.map((exercise) => exercise.phase));
    expect(phases.size).toBe(exercisePhases.length);
  });

  it.each(builtInExercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s passes the exercise rules',
    (_id, exercise) => {
      const result = exerciseSchema.safeParse(exercise);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(exercise.builtIn).toBe(true);
    },
  );

  it('finds exercises by id', () => {
    expect(findExercise('short-foot')?.name).toBe('Short foot (arch dome)');
    expect(findExercise('no-such-exercise')).toBeUndefined();
  });
});

describe('exercise rules for practitioner-made exercises', () => {
  const valid = {
    id: 'seated-march',
    name: 'Seated march',
    phase: 'integrate',
    regions: ['hip'],
    purpose: 'Practises lifting each knee while sitting tall.',
    steps: ['Sit tall.', 'Lift one knee.', 'Lower it and switch.'],
    cues: ['Stay tall.'],
    targets: ['hip flexors'],
    dosage: {
      kind: 'reps',
      sets: 2,
      reps: 10,
      perSide: true,
      timesPerDay: 1,
      daysPerWeek: 5,
    },
    equipment: ['chair'],
    illustration: null,
    builtIn: false,
  };

  it('accepts a complete exercise', () => {
    expect(exerciseSchema.safeParse(valid).success).toBe(true);
  });

  it('explains problems in plain words', () => {
    const result = exerciseSchema.safeParse({
      ...valid,
      id: 'Seated March',
      steps: ['Sit tall.'],
      equipment: ['none', 'chair'],
      dosage: { ...valid.dosage, sets: 0 },
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'Use lowercase letters, digits and single dashes for the id.',
        'Write at least 3 steps.',
        '"None" cannot be combined with other equipment.',
        'Sets must be at least 1.',
      ]),
    );
  });

  it('needs either repetitions or a hold time', () => {
    const result = exerciseSchema.safeParse({
      ...valid,
      dosage: { ...valid.dosage, kind: 'laps' },
    });
    expect(result.success).toBe(false);
  });
});

describe('exercise illustrations', () => {
  it('illustrates at least 16 exercises, foot and ankle first', () => {
    expect(illustrated.length).toBeGreaterThanOrEqual(16);
    const footAnkle = illustrated.filter((exercise) => exercise.regions.includes('foot-ankle'));
    expect(footAnkle.length).toBeGreaterThanOrEqual(10);
  });

  it.each(illustrated.map((exercise) => [exercise.illustration] as const))(
    '%s.svg is a safe, self-contained SVG',
    (illustration) => {
      const path = svgPath(illustration);
      expect(existsSync(path), `${path} is missing`).toBe(true);
      const source = readFileSync(path, 'utf8');
      const root = parseXml(source);

      expect(root.name).toBe('svg');
      expect(root.attributes.viewBox).toMatch(/^0 0 \d+ \d+$/);
      expect(source.length).toBeLessThan(20_000);

      for (const element of walk(root)) {
        const name = element.name.toLowerCase();
        expect(['script', 'text', 'foreignobject', 'image', 'use', 'style']).not.toContain(name);
        for (const [key, value] of Object.entries(element.attributes)) {
          const attribute = key.toLowerCase();
          expect(attribute.startsWith('on'), `event handler ${key}`).toBe(false);
          if (attribute === 'href' || attribute.endsWith(':href')) {
            expect(value.startsWith('#'), `external ${key}="${value}"`).toBe(true);
          }
          const url = /url\(\s*['"]?([^'")\s]*)/i.exec(value);
          if (url) expect(url[1]?.startsWith('#'), `external url() in ${key}`).toBe(true);
        }
      }
      expect(source).not.toMatch(/<script|<text|javascript:/i);
    },
  );
});
