/** One plumb-line view, its checkpoints read from the feet up. */
import type { Checkpoint, CheckpointSlot, View } from '../../../shared/domain/clinical';
import { checkpointSlotsForView } from '../../../shared/domain/clinical';
import { CheckpointRow } from './CheckpointRow';
import { Section } from './Section';

interface CheckpointGroup {
  checkpoint: Checkpoint;
  sides: CheckpointSlot['side'][];
}

function groupsFor(view: View): CheckpointGroup[] {
  const groups: CheckpointGroup[] = [];
  for (const slot of checkpointSlotsForView(view)) {
    const last = groups.at(-1);
    if (last?.checkpoint.id === slot.checkpoint.id) last.sides.push(slot.side);
    else groups.push({ checkpoint: slot.checkpoint, sides: [slot.side] });
  }
  return groups;
}

const GROUPS: Record<View, CheckpointGroup[]> = {
  anterior: groupsFor('anterior'),
  'lateral-left': groupsFor('lateral-left'),
  'lateral-right': groupsFor('lateral-right'),
  posterior: groupsFor('posterior'),
};

const INTROS: Record<View, string> = {
  anterior:
    'Facing the client. Everything starts as “Not assessed”; choose “Not seen” when you looked and it was not there.',
  'lateral-left':
    'The client’s left side toward you. Whole-body items are shared with the right side view.',
  'lateral-right':
    'The client’s right side toward you. Whole-body items are shared with the left side view.',
  posterior:
    'Behind the client. Small left–right differences are common in people without symptoms.',
};

export function ViewSection({ view }: { view: View }) {
  const isLateral = view === 'lateral-left' || view === 'lateral-right';
  return (
    <Section id={view} intro={INTROS[view]}>
      <div className="ae-checkpoints">
        {GROUPS[view].map(({ checkpoint, sides }) => (
          <div className="ae-checkpoint" key={checkpoint.id}>
            <div className="ae-checkpoint-head">
              <h3 className="ae-checkpoint-title">{checkpoint.label}</h3>
              {isLateral && sides[0] === null && <span className="ae-tag">Both side views</span>}
            </div>
            <p className="ae-hint">{checkpoint.help}</p>
            {sides.map((side) => (
              <CheckpointRow
                key={side ?? 'midline'}
                view={view}
                checkpoint={checkpoint}
                side={side}
                sideLabel={side === null || isLateral ? null : side === 'left' ? 'Left' : 'Right'}
              />
            ))}
          </div>
        ))}
      </div>
    </Section>
  );
}
