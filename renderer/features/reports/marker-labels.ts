/**
 * Where the labels above a scale's markers go so that none overlaps another, however close the
 * values (equal ones included). Pure geometry, so it can be tested without drawing.
 */

export interface LabelRequest {
  /** The x of the marker the label names. */
  x: number;
  /** The label's width, in the drawing's units. */
  width: number;
}

export interface LabelSpan {
  /** Where the label's centre goes. */
  x: number;
  /** Whether it had to move off its marker (the drawing then adds a leader line). */
  moved: boolean;
}

interface Bounds {
  min: number;
  max: number;
  gap: number;
}

type Member = LabelRequest & { index: number };

/** Labels laid side by side as one block, centred on their markers' mean, kept inside the bounds. */
interface Run {
  members: Member[];
  left: number;
  width: number;
}

/** A bold label's width at `fontSize`, generous so real glyphs never run past it. */
export const labelWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

function runOf(members: Member[], { min, max, gap }: Bounds): Run {
  const width = members.reduce((sum, member) => sum + member.width, 0) + gap * (members.length - 1);
  const centre = members.reduce((sum, member) => sum + member.x, 0) / members.length;
  const left = Math.min(Math.max(centre - width / 2, min), max - width);
  return { members, left, width };
}

/**
 * Labels centred on their markers where there is room; where two would touch, the pair (or run)
 * is spread evenly around its middle with `gap` between, and every run is kept inside
 * [`min`, `max`]. Returned in the order given; markers at the same x keep that order left to right.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Bounds): LabelSpan[] {
  const order = requests
    .map((request, index) => ({ ...request, index }))
    .sort((a, b) => a.x - b.x || a.index - b.index);
  const runs: Run[] = [];
  for (const label of order) {
    runs.push(runOf([label], bounds));
    // A run pushed in from the edge, or grown, may now touch the one before: merge until none do.
    for (;;) {
      const last = runs.at(-1);
      const before = runs.at(-2);
      if (!last || !before || before.left + before.width + bounds.gap <= last.left) break;
      runs.splice(-2, 2, runOf([...before.members, ...last.members], bounds));
    }
  }
  const spans = new Array<LabelSpan>(requests.length);
  for (const run of runs) {
    let cursor = run.left;
    for (const member of run.members) {
      const x = cursor + member.width / 2;
      spans[member.index] = { x, moved: Math.abs(x - member.x) > 0.5 };
      cursor += member.width + bounds.gap;
    }
  }
  return spans;
}
