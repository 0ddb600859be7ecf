/**
 * The movement catalogue: what to watch for in each screen, from which view, whether it is
 * recorded per side, where it sits on the chain from the feet up, and the source that names it.
 * Labels and help are our words. A compensation recorded nowhere is "not assessed", never "none".
 *
 * For the single-leg squat `sided` items name the leg she stood on (the MovementTag's `side`).
 */
import type { Region } from '../clinical/checkpoints';
import type { PostureSignal } from '../clinical/muscle-patterns';
import type { Source } from '../clinical/sources';
import { SOURCES } from '../clinical/sources';
import type { MovementScreen, MovementView } from './screens';

export interface Compensation {
  readonly id: string;
  readonly screen: MovementScreen;
  readonly view: MovementView;
  /** Recorded for the left and the right (feet, knees; the standing leg of a single-leg squat). */
  readonly sided: boolean;
  /** Shown in the form: "Feet turn out". */
  readonly label: string;
  /** What to look for, in a line. */
  readonly help: string;
  /**
   * For sentences: "knee moves in" (one side, read after "left"; or with {side} where the side
   * goes elsewhere) and "knees move in" (both, or no side).
   */
  readonly one: string;
  readonly both: string;
  /** For the client's report: "your {side} knee moved inward" ({side} is left or right). */
  readonly clientWords: string;
  /** The same when both sides did it alike: "both knees moved inward". */
  readonly clientBoth?: string;
  readonly region: Region;
  /** What it suggests to the muscle tables and the suggestion rules; empty when nothing is held. */
  readonly signals: readonly PostureSignal[];
  readonly source: Source;
}

const ohs = (
  view: MovementView,
  item: Omit<Compensation, 'screen' | 'view' | 'id'> & { id: string },
): Compensation => ({ ...item, id: `ohs.${item.id}`, screen: 'overhead-squat', view });

const sls = (item: Omit<Compensation, 'screen' | 'view' | 'id' | 'sided'> & { id: string }) =>
  ({
    ...item,
    id: `sls.${item.id}`,
    screen: 'single-leg-squat',
    view: 'front',
    sided: true,
  }) satisfies Compensation;

export const COMPENSATIONS = [
  ohs('front', {
    id: 'feet-turn-out',
    sided: true,
    label: 'Foot turns out',
    help: 'The toes swing outward as she goes down.',
    one: 'foot turns out',
    both: 'feet turn out',
    clientWords: 'your {side} foot turned outward',
    clientBoth: 'both feet turned outward',
    region: 'feet-ankles',
    signals: ['squat-feet-turn-out'],
    source: SOURCES.nasmOhsaCheckpoints,
  }),
  ohs('front', {
    id: 'knees-move-in',
    sided: true,
    label: 'Knee moves in',
    help: 'The knee drifts inside the line of the foot.',
    one: 'knee moves in',
    both: 'knees move in',
    clientWords: 'your {side} knee moved inward',
    clientBoth: 'both knees moved inward',
    region: 'knees',
    signals: ['squat-knees-in'],
    source: SOURCES.ohsaKneeReliability,
  }),
  ohs('front', {
    id: 'knees-move-out',
    sided: true,
    label: 'Knee moves out',
    help: 'The knee bows outside the line of the foot.',
    one: 'knee moves out',
    both: 'knees move out',
    clientWords: 'your {side} knee moved outward',
    clientBoth: 'both knees moved outward',
    region: 'knees',
    signals: [],
    source: SOURCES.ohsaTrainerBlogOnly,
  }),
  ohs('side', {
    id: 'forward-lean',
    sided: false,
    label: 'Leans forward too far',
    help: 'The trunk tips well ahead of the shins.',
    one: 'trunk leans forward too far',
    both: 'trunk leans forward too far',
    clientWords: 'your upper body leaned forward',
    region: 'lumbo-pelvic-hip',
    signals: ['squat-forward-lean'],
    source: SOURCES.nasmOhsaCheckpoints,
  }),
  ohs('side', {
    id: 'low-back-arches',
    sided: false,
    label: 'Low back arches',
    help: 'The curve of the lower back deepens.',
    one: 'low back arches',
    both: 'low back arches',
    clientWords: 'your lower back arched',
    region: 'lumbar-spine',
    signals: ['squat-low-back-arches'],
    source: SOURCES.nasmOhsaCheckpoints,
  }),
  ohs('side', {
    id: 'low-back-rounds',
    sided: false,
    label: 'Low back rounds',
    help: 'The lower back flattens and curls under at the bottom.',
    one: 'low back rounds',
    both: 'low back rounds',
    clientWords: 'your lower back rounded',
    region: 'lumbar-spine',
    signals: [],
    source: SOURCES.ohsaTrainerBlogOnly,
  }),
  ohs('side', {
    id: 'arms-fall-forward',
    sided: false,
    label: 'Arms fall forward',
    help: 'The arms drop in front of the ears.',
    one: 'arms fall forward',
    both: 'arms fall forward',
    clientWords: 'your arms dropped forward',
    region: 'shoulders-scapulae',
    signals: ['squat-arms-fall-forward'],
    source: SOURCES.nasmOhsaCheckpoints,
  }),
  ohs('back', {
    id: 'feet-flatten',
    sided: true,
    label: 'Foot flattens',
    help: 'The inner arch drops toward the floor.',
    one: 'foot flattens',
    both: 'feet flatten',
    clientWords: 'the arch of your {side} foot flattened',
    clientBoth: 'the arches of both feet flattened',
    region: 'feet-ankles',
    signals: [],
    source: SOURCES.nasmOhsaFromBehind,
  }),
  ohs('back', {
    id: 'heels-rise',
    sided: true,
    label: 'Heel rises',
    help: 'The heel lifts off the floor.',
    one: 'heel rises',
    both: 'heels rise',
    clientWords: 'your {side} heel lifted off the floor',
    clientBoth: 'both heels lifted off the floor',
    region: 'feet-ankles',
    signals: [],
    source: SOURCES.nasmOhsaFromBehind,
  }),
  ohs('back', {
    id: 'weight-shifts',
    sided: true,
    label: 'Weight shifts sideways',
    help: 'The hips slide to one side; grade the side they move toward.',
    one: 'weight shifts to the {side}',
    both: 'weight shifts from side to side',
    clientWords: 'your weight shifted toward your {side} side',
    clientBoth: 'your weight shifted from side to side',
    region: 'lumbo-pelvic-hip',
    signals: [],
    source: SOURCES.nasmOhsaFromBehind,
  }),
  sls({
    id: 'knee-moves-in',
    label: 'Knee moves in',
    help: 'The standing knee drifts inside the line of the foot.',
    one: 'knee moves in',
    both: 'knees move in',
    clientWords: 'your knee moved inward',
    region: 'knees',
    signals: ['squat-knees-in'],
    source: SOURCES.nasmSingleLegSquat,
  }),
  sls({
    id: 'hip-hikes',
    label: 'Hip hikes',
    help: 'The hip of the lifted leg rises.',
    one: 'hip hikes',
    both: 'hips hike',
    clientWords: 'the hip of your raised leg rose',
    region: 'lumbo-pelvic-hip',
    signals: [],
    source: SOURCES.singleLegSquatOtherCheckpoints,
  }),
  sls({
    id: 'hip-drops',
    label: 'Hip drops',
    help: 'The hip of the lifted leg sinks.',
    one: 'hip drops',
    both: 'hips drop',
    clientWords: 'the hip of your raised leg dropped',
    region: 'lumbo-pelvic-hip',
    signals: [],
    source: SOURCES.singleLegSquatOtherCheckpoints,
  }),
  sls({
    id: 'trunk-rotates-in',
    label: 'Trunk turns in',
    help: 'The chest turns toward the standing leg.',
    one: 'trunk turns in',
    both: 'trunk turns in',
    clientWords: 'your upper body turned toward the standing leg',
    region: 'thoracic-spine',
    signals: [],
    source: SOURCES.singleLegSquatOtherCheckpoints,
  }),
  sls({
    id: 'trunk-rotates-out',
    label: 'Trunk turns out',
    help: 'The chest turns away from the standing leg.',
    one: 'trunk turns out',
    both: 'trunk turns out',
    clientWords: 'your upper body turned away from the standing leg',
    region: 'thoracic-spine',
    signals: [],
    source: SOURCES.singleLegSquatOtherCheckpoints,
  }),
  sls({
    id: 'loses-balance',
    label: 'Loses balance',
    help: 'She wobbles, reaches out or puts the other foot down.',
    one: 'balance is lost',
    both: 'balance is lost',
    clientWords: 'you lost your balance',
    region: 'feet-ankles',
    signals: [],
    source: SOURCES.singleLegSquatReliability,
  }),
] as const satisfies readonly Compensation[];

export const COMPENSATION_IDS: readonly string[] = COMPENSATIONS.map((item) => item.id);

export function compensationById(id: string): Compensation | undefined {
  return (COMPENSATIONS as readonly Compensation[]).find((item) => item.id === id);
}

export function compensationsFor(screen: MovementScreen, view: MovementView): Compensation[] {
  return (COMPENSATIONS as readonly Compensation[]).filter(
    (item) => item.screen === screen && item.view === view,
  );
}

export const MOVEMENT_GRADES = ['none', 'mild', 'marked'] as const;
export type MovementGrade = (typeof MOVEMENT_GRADES)[number];

/**
 * Follow-ups repeat the overhead squat with one thing changed. If the squat gets better, the limit
 * is likelier where the change helped: raised heels take the ankles out, hands on the hips take
 * the shoulders and the broad back muscle out.
 */
export interface FollowUp {
  readonly id: 'heels-raised' | 'hands-on-hips';
  readonly label: string;
  readonly help: string;
  /** What "it got better" suggests, in our words. */
  readonly better: string;
  /** What "no change" suggests. */
  readonly same: string;
  /** For the client's report, when the squat improved. */
  readonly clientBetter: string;
  readonly region: Region;
  /** Brought in when the squat got better. */
  readonly betterSignals: readonly PostureSignal[];
  readonly source: Source;
}

export const FOLLOW_UPS = [
  {
    id: 'heels-raised',
    label: 'Heels raised',
    help: 'Repeat with the heels on a low block or plates.',
    better:
      'the squat improved with the heels raised, so stiff ankles (calf and soleus) are the likelier limit rather than hip weakness',
    same: 'raising the heels did not change the squat, so the limit is likelier above the ankle',
    clientBetter:
      'Your squat went better with your heels raised on a small block, which suggests your ankles may be stiff.',
    region: 'feet-ankles',
    betterSignals: ['squat-better-heels-raised'],
    source: SOURCES.heelLiftKneeMovement,
  },
  {
    id: 'hands-on-hips',
    label: 'Hands on hips',
    help: 'Repeat with the hands on the hips instead of overhead.',
    better:
      'the squat improved with the hands on the hips, so the shoulders and the broad back muscle (latissimus) are the likelier limit',
    same: 'taking the arms down did not change the squat, so the shoulders are unlikely to be the limit',
    clientBetter:
      'Your squat went better with your hands on your hips, which suggests your shoulders and upper back may be tight.',
    region: 'shoulders-scapulae',
    betterSignals: ['squat-better-hands-on-hips'],
    source: SOURCES.handsOnHipsNotInReference,
  },
] as const satisfies readonly FollowUp[];

export type FollowUpId = FollowUp['id'];
export const FOLLOW_UP_IDS = FOLLOW_UPS.map((item) => item.id) as [FollowUpId, ...FollowUpId[]];
export const FOLLOW_UP_RESULTS = ['better', 'same'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];
