import { z } from 'zod';

/**
 * The photo views and the body landmarks a practitioner can place on each. Everything is data so
 * the annotator, the measures and the checks in main all read the same lists.
 *
 * Lateral views are named after the side of the client that faces the camera: in a left-lateral
 * photo the client faces the image's left edge, in a right-lateral photo its right edge.
 */
export const photoViews = [
  { id: 'anterior', label: 'Front', plane: 'frontal' },
  { id: 'posterior', label: 'Back', plane: 'frontal' },
  { id: 'left-lateral', label: 'Left side', plane: 'sagittal' },
  { id: 'right-lateral', label: 'Right side', plane: 'sagittal' },
  { id: 'feet-above', label: 'Feet from above', plane: 'transverse' },
  { id: 'feet-behind', label: 'Heels from behind', plane: 'frontal' },
] as const;

export type PhotoView = (typeof photoViews)[number]['id'];
export const photoViewIds = photoViews.map((view) => view.id) as [PhotoView, ...PhotoView[]];

export interface LandmarkDefinition {
  readonly id: string;
  readonly label: string;
}

const pair = (id: string, label: string): LandmarkDefinition[] => [
  { id: `${id}-right`, label: `${label}, right` },
  { id: `${id}-left`, label: `${label}, left` },
];

const lateral: LandmarkDefinition[] = [
  { id: 'tragus', label: 'Ear (tragus)' },
  { id: 'c7', label: 'Base of the neck (C7 spinous process)' },
  { id: 'acromion', label: 'Shoulder tip (acromion)' },
  { id: 'greater-trochanter', label: 'Hip (greater trochanter)' },
  { id: 'knee-lateral', label: 'Knee (outer joint line)' },
  { id: 'lateral-malleolus', label: 'Outer ankle bone (lateral malleolus)' },
];

/** Landmarks per view, in the order the annotator offers them (head to feet). */
export const landmarkCatalogue = {
  anterior: [
    ...pair('eye', 'Eye (pupil)'),
    ...pair('acromion', 'Shoulder tip (acromion)'),
    ...pair('iliac-crest', 'Top of the hip bone (iliac crest)'),
    ...pair('asis', 'Front hip point (ASIS)'),
    ...pair('greater-trochanter', 'Hip (greater trochanter)'),
    ...pair('knee', 'Knee (centre of the kneecap)'),
    ...pair('ankle', 'Ankle (midway between the ankle bones)'),
  ],
  posterior: [
    ...pair('ear', 'Ear (lobe)'),
    ...pair('acromion', 'Shoulder tip (acromion)'),
    ...pair('iliac-crest', 'Top of the hip bone (iliac crest)'),
    ...pair('psis', 'Back hip dimple (PSIS)'),
    ...pair('knee', 'Back of the knee (centre of the crease)'),
    ...pair('ankle', 'Ankle (midway between the ankle bones)'),
    ...pair('heel', 'Heel (centre)'),
  ],
  'left-lateral': lateral,
  'right-lateral': lateral,
  'feet-above': [
    ...pair('heel-centre', 'Heel (centre)'),
    ...pair('second-toe', 'Second toe (tip)'),
  ],
  'feet-behind': [
    ...pair('calcaneus-upper', 'Heel bisection, upper point'),
    ...pair('calcaneus-lower', 'Heel bisection, lower point'),
    ...pair('medial-malleolus', 'Inner ankle bone (medial malleolus)'),
    ...pair('lateral-malleolus', 'Outer ankle bone (lateral malleolus)'),
  ],
} as const satisfies Record<PhotoView, readonly LandmarkDefinition[]>;

export const allLandmarkIds: string[] = [
  ...new Set(Object.values(landmarkCatalogue).flatMap((list) => list.map((item) => item.id))),
];

export function landmarksOf(view: PhotoView): readonly LandmarkDefinition[] {
  return landmarkCatalogue[view];
}

export function isLandmarkOf(view: PhotoView, id: string): boolean {
  return landmarkCatalogue[view].some((item) => item.id === id);
}

/** Image pixels; the origin is the top-left corner and y grows downwards. */
const coordinate = z
  .number({ error: 'A landmark position must be a number of pixels.' })
  .min(0, { error: 'A landmark must lie inside the photo.' })
  .max(100_000);

export const pointSchema = z.strictObject({ x: coordinate, y: coordinate });
export type Point = z.infer<typeof pointSchema>;

/** One point a pose model suggested: which model, how sure it was, and what she did with it. */
export const suggestionProvenanceSchema = z.strictObject({
  source: z.literal('suggested'),
  model: z.string().min(1).max(80),
  modelVersion: z.string().min(1).max(80),
  confidence: z.number().min(0).max(1),
  /** She accepted it or moved it; until then it is provisional. */
  confirmed: z.boolean(),
  /** She dragged it away from where the model put it. */
  moved: z.boolean(),
});
export type SuggestionProvenance = z.infer<typeof suggestionProvenanceSchema>;

/**
 * The landmarks placed on one photo. `plumbLine` is the true vertical: it meets the photo's top
 * edge at `x` and leans `angleDeg` from the photo's vertical (positive when its lower end lies to
 * the right), so a slightly rolled camera can be corrected. `calibration` is two points a known
 * real distance apart (for example the ends of a ruler), which turns pixel distances into cm.
 */
export const landmarkSetSchema = z.strictObject({
  points: z
    .record(z.string(), pointSchema)
    .refine((points) => Object.keys(points).every((id) => allLandmarkIds.includes(id)), {
      error: 'One of the landmarks is not one Stance knows.',
    })
    .default({}),
  plumbLine: z
    .strictObject({
      x: coordinate,
      angleDeg: z
        .number()
        .min(-20, { error: 'The plumb line can lean at most 20°.' })
        .max(20, { error: 'The plumb line can lean at most 20°.' }),
    })
    .optional(),
  /**
   * Left/right pairs (e.g. "acromion") the practitioner kept as placed although they sit on the
   * side the view makes unlikely; see landmark-sanity.ts. Absent in sets saved before it existed.
   */
  confirmedPairs: z
    .array(z.string().max(40), { error: 'The confirmed landmark pairs must be a list.' })
    .max(20)
    .refine((pairs) => pairs.every((pair) => allLandmarkIds.includes(`${pair}-right`)), {
      error: 'One of the confirmed landmark pairs is not one Stance knows.',
    })
    .optional(),
  /**
   * Where points came from, for those a pose model suggested; a point not listed here was placed
   * by hand. A suggestion counts (in measures, print and progress) only once she has confirmed it,
   * by accepting it or moving it. Absent in sets saved before suggestions existed.
   */
  provenance: z
    .record(z.string(), suggestionProvenanceSchema)
    .refine((entries) => Object.keys(entries).every((id) => allLandmarkIds.includes(id)), {
      error: 'One of the suggested landmarks is not one Stance knows.',
    })
    .optional(),
  calibration: z
    .strictObject({
      a: pointSchema,
      b: pointSchema,
      lengthCm: z
        .number({ error: 'Enter the real length in cm.' })
        .gt(0, { error: 'The real length must be more than 0 cm.' })
        .max(300, { error: 'The real length must be at most 300 cm.' }),
    })
    .refine(({ a, b }) => Math.hypot(a.x - b.x, a.y - b.y) >= 10, {
      error: 'Place the two calibration points further apart.',
    })
    .optional(),
});

export type LandmarkSet = z.output<typeof landmarkSetSchema>;

/**
 * The set checked against one photo: every point inside its pixels and every landmark one that
 * belongs to its view.
 */
export function landmarkSetFor(view: PhotoView, width: number, height: number) {
  const inside = (point: Point) => point.x <= width && point.y <= height;
  return landmarkSetSchema.superRefine((set, context) => {
    for (const [id, point] of Object.entries(set.points)) {
      if (!isLandmarkOf(view, id))
        context.addIssue({
          code: 'custom',
          path: ['points', id],
          message: 'This landmark does not belong to this view.',
        });
      else if (!inside(point))
        context.addIssue({
          code: 'custom',
          path: ['points', id],
          message: 'A landmark must lie inside the photo.',
        });
    }
    for (const id of Object.keys(set.provenance ?? {}))
      if (!set.points[id])
        context.addIssue({
          code: 'custom',
          path: ['provenance', id],
          message: 'A suggested landmark must also be among the placed points.',
        });
    for (const pair of set.confirmedPairs ?? [])
      if (!isLandmarkOf(view, `${pair}-right`) || !isLandmarkOf(view, `${pair}-left`))
        context.addIssue({
          code: 'custom',
          path: ['confirmedPairs'],
          message: 'A confirmed landmark pair does not belong to this view.',
        });
    if (set.plumbLine && set.plumbLine.x > width)
      context.addIssue({
        code: 'custom',
        path: ['plumbLine', 'x'],
        message: 'The plumb line must lie inside the photo.',
      });
    if (set.calibration && !(inside(set.calibration.a) && inside(set.calibration.b)))
      context.addIssue({
        code: 'custom',
        path: ['calibration'],
        message: 'The calibration points must lie inside the photo.',
      });
  });
}
