/**
 * Where each body-chart region is drawn: a plain figure of rounded blocks, 160 × 400 units, one
 * for the front and one for the back. Front: the client faces us, so their right is on our left.
 * Back: their left is on our left.
 */
import type { BodyChartView } from '../../../shared/domain/clinical';

export type Shape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly r: number;
    }
  | {
      readonly kind: 'ellipse';
      readonly cx: number;
      readonly cy: number;
      readonly rx: number;
      readonly ry: number;
    };

const WIDTH = 160;
export const CHART_VIEWBOX = `0 0 ${WIDTH} 400`;

const rect = (x: number, y: number, w: number, h: number, r = 7): Shape => ({
  kind: 'rect',
  x,
  y,
  w,
  h,
  r,
});
const ellipse = (cx: number, cy: number, rx: number, ry: number): Shape => ({
  kind: 'ellipse',
  cx,
  cy,
  rx,
  ry,
});

function mirror(shape: Shape): Shape {
  return shape.kind === 'rect'
    ? { ...shape, x: WIDTH - shape.x - shape.w }
    : { ...shape, cx: WIDTH - shape.cx };
}

/** Shapes for the side drawn on our left; the other side is the mirror image. */
const FRONT_PAIRED: Record<string, Shape> = {
  shoulder: ellipse(48, 85, 13, 11),
  arm: rect(31, 98, 15, 98),
  hand: ellipse(38.5, 210, 8, 12),
  groin: rect(61, 180, 18, 30),
  thigh: rect(61, 212, 18, 68),
  knee: rect(62, 282, 16, 22),
  shin: rect(62.5, 306, 15, 58, 6),
  ankle: rect(62.5, 366, 15, 12, 5),
  foot: rect(56, 380, 22, 13, 6),
};

const FRONT_MIDLINE: Record<string, Shape> = {
  head: ellipse(80, 34, 19, 24),
  neck: rect(71, 59, 18, 12, 4),
  chest: rect(62, 73, 36, 55, 9),
  abdomen: rect(62, 130, 36, 48, 9),
};

const BACK_PAIRED: Record<string, Shape> = {
  'shoulder-blade': rect(39, 74, 25, 40, 9),
  'low-back': rect(56, 144, 14, 30, 6),
  buttock: rect(57, 192, 22, 26, 10),
  thigh: rect(61, 220, 18, 60),
  knee: rect(62, 282, 16, 22),
  calf: rect(62, 306, 16, 56),
  heel: rect(62.5, 364, 15, 18, 5),
  sole: rect(59, 384, 19, 10, 5),
};

const BACK_MIDLINE: Record<string, Shape> = {
  head: ellipse(80, 34, 19, 24),
  neck: rect(71, 59, 18, 12, 4),
  'upper-back': rect(66, 74, 28, 40, 6),
  'mid-back': rect(56, 116, 48, 26, 8),
  'low-back': rect(72, 144, 16, 30, 6),
  sacrum: rect(70, 176, 20, 14, 6),
};

/** Drawn on the back for the outline only: the back chart has no arm regions. */
export const BACK_OUTLINE: readonly Shape[] = [
  rect(24, 84, 14, 112),
  ellipse(31, 208, 8, 12),
  mirror(rect(24, 84, 14, 112)),
  mirror(ellipse(31, 208, 8, 12)),
];

/** The shape for a region id such as "front.knee.left"; undefined for an unknown id. */
export function shapeOf(id: string): Shape | undefined {
  const [view, part, side] = id.split('.') as [BodyChartView, string, string | undefined];
  const paired = view === 'front' ? FRONT_PAIRED : BACK_PAIRED;
  const midline = view === 'front' ? FRONT_MIDLINE : BACK_MIDLINE;
  if (side === undefined) return midline[part];
  const base = paired[part];
  if (!base) return undefined;
  // The side drawn on our left: the client's right from the front, their left from behind.
  const onOurLeft = view === 'front' ? side === 'right' : side === 'left';
  return onOurLeft ? base : mirror(base);
}

export function centreOf(shape: Shape): { x: number; y: number } {
  return shape.kind === 'rect'
    ? { x: shape.x + shape.w / 2, y: shape.y + shape.h / 2 }
    : { x: shape.cx, y: shape.cy };
}
