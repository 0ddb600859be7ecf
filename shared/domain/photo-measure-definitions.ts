import type { PhotoView } from './photo-views';

/**
 * What each photo measure means, where the definition comes from, and which way its sign points.
 * Facts come from ../shared/domain/clinical-reference.md (§4d photo measurements, §4a/4b plumb line,
 * §2e heel angle); the wording is ours. `verified: false` marks a definition with no retrieved source.
 */
export interface MeasureDefinition {
  readonly id: string;
  readonly label: string;
  readonly views: readonly PhotoView[];
  readonly definition: string;
  /** Which way a positive number points, in words for the report. */
  readonly sign: string;
  readonly source: { readonly refs: readonly string[]; readonly verified: boolean };
}

const sides: readonly Side[] = ['right', 'left'];
const frontal: readonly PhotoView[] = ['anterior', 'posterior'];
const lateral: readonly PhotoView[] = ['left-lateral', 'right-lateral'];
const postureScreen =
  'https://www.postureanalysis.com/knowledge-base/how-is-posture-analyzed-in-the-app-interpretation-of-reports/';
const ferreira2011 = 'https://pubmed.ncbi.nlm.nih.gov/21807260/';
const tiltSign = 'Positive when the client’s right side is lower; the side that is lower is named.';

const offset = (part: string, landmark: string): MeasureDefinition => ({
  id: `${part}-offset`,
  label: `${part[0]!.toUpperCase()}${part.slice(1)} in front of the plumb line`,
  views: lateral,
  definition: `Horizontal distance from the plumb line (through the outer ankle bone) to the ${landmark}, in cm when the photo is calibrated, otherwise in pixels.`,
  sign: 'Positive when the point lies in front of the line (towards the way the client faces).',
  source: {
    refs: [
      'NASM/ACSM lateral reference line (clinical-reference §4a)',
      'http://medical-dictionary.thefreedictionary.com/posture%2C+normal',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC2910855',
    ],
    verified: true,
  },
});

export const measureDefinitions: readonly MeasureDefinition[] = [
  {
    id: 'head-tilt',
    label: 'Head tilt',
    views: frontal,
    definition:
      'Angle between the line through both eyes (front view) or both ear lobes (back view) and the horizontal.',
    sign: tiltSign,
    source: { refs: [postureScreen, ferreira2011], verified: true },
  },
  {
    id: 'shoulder-tilt',
    label: 'Shoulder tilt',
    views: frontal,
    definition: 'Angle between the line through both shoulder tips (acromia) and the horizontal.',
    sign: tiltSign,
    source: { refs: [postureScreen, ferreira2011], verified: true },
  },
  {
    id: 'pelvic-tilt',
    label: 'Pelvic tilt (side to side)',
    views: frontal,
    definition:
      'Angle between the line through both front hip points (ASIS, front view) or both back hip dimples (PSIS, back view) and the horizontal.',
    sign: tiltSign,
    source: {
      refs: [
        'https://pmc.ncbi.nlm.nih.gov/articles/PMC6151938',
        'http://www.integratedperformance.institute/ideal-sentimental-alignment/',
      ],
      verified: true,
    },
  },
  {
    id: 'iliac-crest-tilt',
    label: 'Hip-bone height (iliac crests)',
    views: frontal,
    definition: 'Angle between the line through the tops of both iliac crests and the horizontal.',
    sign: tiltSign,
    source: { refs: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC6151938'], verified: true },
  },
  {
    id: 'craniovertebral-angle',
    label: 'Craniovertebral angle',
    views: lateral,
    definition:
      'Angle between the horizontal through C7 and the line from C7 to the ear (tragus). Smaller means the head sits further forward.',
    sign: 'Always positive while the ear is above C7; measured on the side the client faces.',
    source: { refs: ['https://physio-pedia.com/Craniovertebral_angle'], verified: true },
  },
  {
    id: 'forward-shoulder-angle',
    label: 'Forward shoulder angle',
    views: lateral,
    definition:
      'Angle at the shoulder tip between the horizontal and the line to C7. Smaller means the shoulder sits further forward of C7.',
    sign: 'Positive while C7 is above the shoulder tip.',
    source: {
      refs: [
        'https://123dok.co/document/y8g3vde2-analysis-severity-forward-head-posture-observation-photographic-method.html',
      ],
      verified: true,
    },
  },
  offset('ear', 'ear (tragus)'),
  offset('shoulder', 'shoulder tip (acromion)'),
  offset('hip', 'hip (greater trochanter)'),
  offset('knee', 'knee (outer joint line)'),
  ...sides.map((side): MeasureDefinition => ({
    id: `knee-frontal-angle-${side}`,
    label: `Knee alignment from the front, ${side}`,
    views: ['anterior'],
    definition:
      'How far the hip–knee–ankle angle (greater trochanter, kneecap centre, ankle centre) is from a straight line (180°).',
    sign: 'Positive when the knee lies inside the hip–ankle line (towards knock-knee), negative when outside (towards bow-leg).',
    source: { refs: [ferreira2011], verified: true },
  })),
  ...sides.map((side): MeasureDefinition => ({
    id: `calcaneal-angle-${side}`,
    label: `Heel angle from behind, ${side}`,
    views: ['feet-behind'],
    definition:
      'Angle between the heel bisection line (upper to lower point) and the vertical, standing relaxed.',
    sign: 'Positive when the heel is everted (its lower end lies to the outside), negative when inverted.',
    source: {
      refs: [
        'https://podiapaedia.org/wiki/biomechanics/clinical-biomechanics/biomechanical-assessment/lower-limb-alignment/resting-calcaneal-stance-position-rcsp/',
      ],
      verified: true,
    },
  })),
];

export type Side = 'right' | 'left';

export type MeasureId =
  | 'head-tilt'
  | 'shoulder-tilt'
  | 'pelvic-tilt'
  | 'iliac-crest-tilt'
  | 'craniovertebral-angle'
  | 'forward-shoulder-angle'
  | 'ear-offset'
  | 'shoulder-offset'
  | 'hip-offset'
  | 'knee-offset'
  | `knee-frontal-angle-${Side}`
  | `calcaneal-angle-${Side}`;

export function measureDefinition(id: MeasureId): MeasureDefinition | undefined {
  return measureDefinitions.find((item) => item.id === id);
}
