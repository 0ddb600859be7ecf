/**
 * Side-view checkpoints (SOURCES.nasmCheckpoints). Left-and-right items are seen in their own side
 * view; midline items in either. Wording is ours.
 */
import type { Checkpoint } from './checkpoints';
import { CRANIOVERTEBRAL_ANGLE_BANDS } from './posture-bands';
import { SOURCES } from './sources';

const seen = SOURCES.nasmCheckpoints;

export const SIDE_CHECKPOINTS = [
  {
    id: 'lateral.ankle.shin-angle',
    view: 'lateral',
    region: 'feet-ankles',
    sideness: 'left-and-right',
    part: 'ankle',
    partPlural: 'ankles',
    label: 'Shin angle over the foot',
    help: 'Whether the shin stands upright over the foot or leans forward or back.',
    deviations: [
      { id: 'leaning-forward', label: 'shin leans forward' },
      { id: 'leaning-back', label: 'shin leans back' },
    ],
    source: seen,
  },
  {
    id: 'lateral.knee.position',
    view: 'lateral',
    region: 'knees',
    sideness: 'left-and-right',
    part: 'knee',
    partPlural: 'knees',
    label: 'Knee from the side',
    help: 'Whether the knee is pushed back past straight or stays bent.',
    deviations: [
      { id: 'hyperextended', label: 'pushed back past straight' },
      { id: 'flexed', label: 'stays bent' },
    ],
    source: seen,
  },
  {
    id: 'lateral.pelvis.tilt',
    view: 'lateral',
    region: 'lumbo-pelvic-hip',
    sideness: 'midline',
    part: 'Pelvis',
    label: 'Pelvic tilt (side)',
    help: 'Whether the front of the pelvis tips down (anterior) or up (posterior).',
    deviations: [
      { id: 'anterior', label: 'tipped forward (anterior tilt)', signal: 'anterior-pelvic-tilt' },
      { id: 'posterior', label: 'tucked under (posterior tilt)' },
    ],
    source: seen,
  },
  {
    id: 'lateral.pelvis.shift',
    view: 'lateral',
    region: 'lumbo-pelvic-hip',
    sideness: 'midline',
    part: 'Pelvis',
    label: 'Pelvis over the plumb line',
    help: 'Whether the pelvis sits in front of or behind the plumb line.',
    deviations: [
      { id: 'shifted-forward', label: 'shifted forward of the line' },
      { id: 'shifted-back', label: 'shifted behind the line' },
    ],
    source: SOURCES.plumbLineCaveat,
  },
  {
    id: 'lateral.lumbar.curve',
    view: 'lateral',
    region: 'lumbar-spine',
    sideness: 'midline',
    part: 'Lower back',
    label: 'Lower-back curve',
    help: 'Depth of the inward curve of the lower back compared with a gentle curve.',
    deviations: [
      { id: 'increased', label: 'deeper curve (hyperlordosis)', signal: 'lumbar-hyperlordosis' },
      { id: 'flattened', label: 'flattened curve' },
    ],
    source: seen,
  },
  {
    id: 'lateral.thoracic.curve',
    view: 'lateral',
    region: 'thoracic-spine',
    sideness: 'midline',
    part: 'Upper back',
    label: 'Upper-back curve',
    help: 'Roundness of the upper back compared with a gentle outward curve.',
    deviations: [
      { id: 'increased', label: 'rounder (kyphosis)', signal: 'thoracic-kyphosis' },
      { id: 'flattened', label: 'flatter than usual' },
    ],
    source: seen,
  },
  {
    id: 'lateral.shoulder.position',
    view: 'lateral',
    region: 'shoulders-scapulae',
    sideness: 'left-and-right',
    part: 'shoulder',
    partPlural: 'shoulders',
    label: 'Shoulder over the ear line',
    help: 'Whether the shoulder sits forward of the line through the ear.',
    deviations: [{ id: 'present', label: 'sits forward (rounded)', signal: 'rounded-shoulders' }],
    source: seen,
  },
  {
    id: 'lateral.head.position',
    view: 'lateral',
    region: 'head-neck',
    sideness: 'midline',
    part: 'Head',
    label: 'Head over the shoulders',
    help: 'Whether the ear sits forward of the shoulder. The craniovertebral angle can be entered.',
    deviations: [{ id: 'present', label: 'forward of the shoulders', signal: 'forward-head' }],
    measurement: {
      unit: 'deg',
      label: 'Craniovertebral angle',
      min: 0,
      max: 90,
      bands: CRANIOVERTEBRAL_ANGLE_BANDS,
    },
    source: seen,
  },
] as const satisfies readonly Checkpoint[];
