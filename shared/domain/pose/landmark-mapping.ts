/**
 * Which of Stance's landmarks a pose model can stand in for, and how; and which it cannot. Data,
 * so the suggestion code, the annotator's wording and the tests all read one table.
 *
 * Sources (see /shared/domain/clinical-reference.md §7c): BlazePose's 33 points give eyes, ears,
 * shoulders, hips, knees, ankles, heels and foot tips; its shoulders and hips are learned joint
 * estimates, not the acromion, the trochanter or a pelvic landmark, and no standard pose model
 * gives C7, the tragus, the acromion, ASIS, PSIS, the iliac crest, the malleoli or a heel
 * bisection. Those stay manual; at most a nearby model point is named as a hint.
 */
import type { PhotoView } from '../photo-views';

/** A body part the model gives on both sides (`left-…` and `right-…` in its output). */
export type ModelPart = 'eye' | 'ear' | 'shoulder' | 'hip' | 'knee' | 'ankle' | 'heel';

export type LandmarkSource =
  | {
      readonly kind: 'model';
      readonly part: ModelPart;
      /** How close the model's point is to the landmark, in the practitioner's words. */
      readonly how: string;
    }
  | {
      readonly kind: 'manual';
      readonly why: string;
      /** A model point nearby, shown as a hint at most, never placed. */
      readonly near?: ModelPart;
    };

const model = (part: ModelPart, how: string): LandmarkSource => ({ kind: 'model', part, how });
const manual = (why: string, near?: ModelPart): LandmarkSource =>
  near ? { kind: 'manual', why, near } : { kind: 'manual', why };

const ACROMION = manual(
  'The model finds the shoulder joint, not the bony tip of the shoulder.',
  'shoulder',
);
const ILIAC_CREST = manual('No pose model finds the top of the hip bone.', 'hip');
const TROCHANTER = manual('The model finds the hip joint, not the greater trochanter.', 'hip');
const ANKLE_CENTRE = model('ankle', 'The model’s ankle point is the joint’s centre.');
const MALLEOLUS = manual('No pose model finds the ankle bones themselves.', 'ankle');
const FEET_ONLY = manual('The model needs the whole body in the photo; this view shows the feet.');

/**
 * Keyed by view, then by landmark id without its side (`eye` for `eye-right` and `eye-left`;
 * the lateral views' landmarks have no side).
 */
export const landmarkSources = {
  anterior: {
    eye: model('eye', 'The model’s eye point is the centre of the eye, close to the pupil.'),
    acromion: ACROMION,
    'iliac-crest': ILIAC_CREST,
    asis: manual('No pose model finds the front hip points.', 'hip'),
    'greater-trochanter': TROCHANTER,
    knee: model('knee', 'The model’s knee point is the joint’s centre, near the kneecap’s middle.'),
    ankle: ANKLE_CENTRE,
  },
  posterior: {
    ear: model('ear', 'The model’s ear point is close to the lobe seen from behind.'),
    acromion: ACROMION,
    'iliac-crest': ILIAC_CREST,
    psis: manual('No pose model finds the back hip dimples.', 'hip'),
    knee: model('knee', 'The model’s knee point is the joint’s centre, near the crease’s middle.'),
    ankle: ANKLE_CENTRE,
    heel: model('heel', 'The model’s heel point is the back of the heel.'),
  },
  'left-lateral': lateralSources(),
  'right-lateral': lateralSources(),
  'feet-above': { 'heel-centre': FEET_ONLY, 'second-toe': FEET_ONLY },
  'feet-behind': {
    'calcaneus-upper': manual('No pose model bisects the heel.'),
    'calcaneus-lower': manual('No pose model bisects the heel.'),
    'medial-malleolus': MALLEOLUS,
    'lateral-malleolus': MALLEOLUS,
  },
} as const satisfies Record<PhotoView, Record<string, LandmarkSource>>;

function lateralSources() {
  return {
    tragus: model('ear', 'Rough: the model’s ear point is the middle of the ear, not the tragus.'),
    c7: manual('No pose model finds C7.', 'shoulder'),
    acromion: ACROMION,
    'greater-trochanter': TROCHANTER,
    'knee-lateral': model(
      'knee',
      'The model’s knee point is the joint’s centre seen from the side.',
    ),
    'lateral-malleolus': MALLEOLUS,
  } as const satisfies Record<string, LandmarkSource>;
}

const SIDE = /-(right|left)$/;

/** How a pose model can help with one landmark of a view. */
export function landmarkSource(view: PhotoView, landmarkId: string): LandmarkSource | undefined {
  const sources: Record<string, LandmarkSource> = landmarkSources[view];
  return sources[landmarkId.replace(SIDE, '')];
}

/**
 * Below this a model point is left as a gap ("not found"), never placed. 0.5 is MediaPipe Pose's
 * own default for its detection, presence and tracking confidences.
 */
export const MIN_POINT_CONFIDENCE = 0.5;

/** Below this the model is not sure there is a person at all, and nothing is suggested. */
export const MIN_PERSON_CONFIDENCE = 0.5;
