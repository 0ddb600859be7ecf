/** Back-view checkpoints (SOURCES.nasmCheckpoints). Wording is ours. */
import type { Checkpoint } from './checkpoints';
import { PELVIC_OBLIQUITY_BANDS } from './posture-bands';
import { SOURCES } from './sources';

const seen = SOURCES.nasmCheckpoints;

export const BACK_CHECKPOINTS = [
  {
    id: 'posterior.heel.position',
    view: 'posterior',
    region: 'feet-ankles',
    sideness: 'left-and-right',
    part: 'heel',
    partPlural: 'heels',
    label: 'Heel and Achilles line',
    help: 'Whether the heel and Achilles tendon stand upright or tilt in or out.',
    deviations: [
      { id: 'everted', label: 'tilts outward (everted)', signal: 'pronation' },
      { id: 'inverted', label: 'tilts inward (inverted)', signal: 'supination' },
    ],
    source: seen,
  },
  {
    id: 'posterior.weight.distribution',
    view: 'posterior',
    region: 'feet-ankles',
    sideness: 'midline',
    part: 'Weight',
    label: 'Weight between the feet',
    help: 'Whether the body weight looks shared evenly between the feet.',
    deviations: [
      { id: 'more-on-left', label: 'more on the left foot' },
      { id: 'more-on-right', label: 'more on the right foot' },
    ],
    source: seen,
  },
  {
    id: 'posterior.knee.alignment',
    view: 'posterior',
    region: 'knees',
    sideness: 'left-and-right',
    part: 'knee',
    partPlural: 'knees',
    label: 'Knee line from behind',
    help: 'Whether the back of the knee lines up over the heel, or sits inside or outside it.',
    deviations: [
      { id: 'valgus', label: 'drifts inward (valgus)', signal: 'knee-valgus' },
      { id: 'varus', label: 'bows outward (varus)' },
    ],
    source: seen,
  },
  {
    id: 'posterior.pelvis.level',
    view: 'posterior',
    region: 'lumbo-pelvic-hip',
    sideness: 'midline',
    part: 'Pelvis',
    label: 'Pelvis level (back)',
    help: 'Compare the height of the two dimples over the back of the pelvis (PSIS).',
    deviations: [
      { id: 'left-high', label: 'higher on the left' },
      { id: 'right-high', label: 'higher on the right' },
    ],
    measurement: {
      unit: 'deg',
      label: 'Tilt from level',
      min: 0,
      max: 30,
      bands: PELVIC_OBLIQUITY_BANDS,
    },
    source: seen,
  },
  {
    id: 'posterior.lumbar.side-curve',
    view: 'posterior',
    region: 'lumbar-spine',
    sideness: 'midline',
    part: 'Lower back',
    label: 'Lower back straight (back)',
    help: 'Whether the lower spine curves to one side. Name the side the curve bulges toward.',
    deviations: [
      { id: 'convex-left', label: 'side curve bulging left' },
      { id: 'convex-right', label: 'side curve bulging right' },
    ],
    source: seen,
  },
  {
    id: 'posterior.thoracic.side-curve',
    view: 'posterior',
    region: 'thoracic-spine',
    sideness: 'midline',
    part: 'Upper back',
    label: 'Upper back straight (back)',
    help: 'Whether the upper spine curves to one side. Name the side the curve bulges toward.',
    deviations: [
      { id: 'convex-left', label: 'side curve bulging left' },
      { id: 'convex-right', label: 'side curve bulging right' },
    ],
    source: seen,
  },
  {
    id: 'posterior.scapula.elevation',
    view: 'posterior',
    region: 'shoulders-scapulae',
    sideness: 'left-and-right',
    part: 'shoulder blade',
    partPlural: 'shoulder blades',
    label: 'Shoulder blade raised',
    help: 'Whether the shoulder blade sits higher than expected, toward the ear.',
    deviations: [{ id: 'present', label: 'raised' }],
    source: seen,
  },
  {
    id: 'posterior.scapula.protraction',
    view: 'posterior',
    region: 'shoulders-scapulae',
    sideness: 'left-and-right',
    part: 'shoulder blade',
    partPlural: 'shoulder blades',
    label: 'Shoulder blade drawn forward',
    help: 'Whether the inner border of the shoulder blade sits far from the spine.',
    deviations: [
      { id: 'present', label: 'drawn forward around the ribs', signal: 'rounded-shoulders' },
    ],
    source: seen,
  },
] as const satisfies readonly Checkpoint[];
